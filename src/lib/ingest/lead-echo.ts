import type { LeadEcho } from '../schema/page-furniture.ts';
import type { SourceLine } from './types.ts';

// A site's CMS may print a box between an article's headline block and its text that it filled from
// the text's opening (摘要, 内容提要, 导读, or any label, cut with an ellipsis or whole, a pointer to
// the whole text after it or not: `…（全文）`): the paragraph under it holds the same words, so the
// box is furniture by what it repeats, whatever its label says; its label alone over it goes too.

/**
 * A short label opening the box: `【…】`, `…：`, `…｜`, the last maybe behind a block or bullet mark
 * (`▍导读：`), the Han characters' count checked apart.
 */
const LABEL =
	/^\s*(?:[【[〔［]\s*([\u3400-\u9fff]+)\s*[】\]〕］]\s*[:：]?|(?:[▍▌▎▋■□◆◇●]\s*)?([\u3400-\u9fff]+)\s*[:：|｜丨])\s*/u;
/** An ellipsis closing a cut opening. */
const ELLIPSIS = /\s*(?:…+|\.{3,}|。{3,})\s*$/u;
/**
 * A pointer to the whole text closing a cut opening, in brackets: `（全文）`, `（详见正文）`,
 * `[阅读全文]`. Left out, the ellipsis before it closes the line.
 */
const POINTER =
	/\s*[（(【[［〔]\s*(?:详见|阅读|查看|点击)?(?:全文|正文|原文|详情)\s*[)）】\]］〕]\s*$/u;
/** A whole sentence closed by a full stop, an exclamation or question mark being a headline's too. */
const FULL_STOP = /。[”"’」』]?$/u;

/** A box's label alone on its line: `【导读】`, `内容提要：`, `〔核心提示〕`, `▍核心提示`. */
const LONE_LABEL =
	/^\s*(?:[【[〔［]\s*([\u3400-\u9fff]+)\s*[】\]〕］]\s*[:：]?|([\u3400-\u9fff]+)\s*[:：]|[▍▌▎▋■□◆◇●]\s*([\u3400-\u9fff]+)\s*[:：]?)\s*$/u;

function isLoneLabel(text: string, settings: LeadEcho): boolean {
	const label = LONE_LABEL.exec(text);
	return label !== null && (label[1] ?? label[2] ?? label[3] ?? '').length <= settings.maxLabel;
}

const squeeze = (text: string) => text.replace(/[\s\u00a0\u3000]+/gu, '');

/**
 * What a line would repeat of the text if it were such a box, spaces squeezed out: the words after
 * a label of up to `maxLabel` Han characters, or the whole line when it is a sentence closed by a
 * full stop; any closing ellipsis left out. Null for a line that is neither.
 */
function echoed(line: string, settings: LeadEcho): { words: string; labelled: boolean } | null {
	const text = line.replace(POINTER, '');
	const label = LABEL.exec(text);
	const name = label?.[1] ?? label?.[2];
	if (label !== null && name !== undefined && name.length <= settings.maxLabel) {
		const words = squeeze(text.slice(label[0].length).replace(ELLIPSIS, ''));
		return words.length >= settings.minChars ? { words, labelled: true } : null;
	}
	const cut = ELLIPSIS.test(text);
	if (!cut && !FULL_STOP.test(text)) return null;
	const words = squeeze(text.replace(ELLIPSIS, ''));
	return words.length >= settings.minChars ? { words, labelled: false } : null;
}

/**
 * `lines` without the boxes that print again the opening of a paragraph among the
 * `settings.linesBelow` lines under them (see the module's comment). An unlabelled line must be a
 * whole sentence the paragraph goes on after, or cut short with an ellipsis: a headline, which
 * may open the text's first sentence, is neither.
 */
export function dropLeadEchoes(lines: SourceLine[], settings: LeadEcho | undefined): SourceLine[] {
	if (settings === undefined) return lines;
	const dropped = new Set<number>();
	const squeezed: string[] = [];
	for (let i = 0; i < lines.length - 1; i++) {
		const echo = echoed(lines[i]!.text, settings);
		if (echo === null) continue;
		const end = Math.min(lines.length, i + 1 + settings.linesBelow);
		for (let j = i + 1; j < end; j++) {
			const below = (squeezed[j] ??= squeeze(lines[j]!.text));
			if (!below.startsWith(echo.words)) continue;
			if (echo.labelled || below.length > echo.words.length) {
				dropped.add(i);
				// The box's label alone over it (`【导读】`, `内容提要：`) goes with it: left alone, it
				// would label the paragraph under it as the site's note.
				if (i > 0 && isLoneLabel(lines[i - 1]!.text, settings)) dropped.add(i - 1);
			}
			break;
		}
	}
	return dropped.size === 0 ? lines : lines.filter((_, i) => !dropped.has(i));
}
