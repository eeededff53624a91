import type { FoldLines } from '../schema/page-furniture.ts';
import { oncePer } from '../once-per.ts';

// A long article on a news portal or in an app shows its first paragraphs and a fold (`展开全文`,
// `展开剩余 40%`, `阅读全文 ▽`); a page saved after the fold was opened keeps the button between two
// paragraphs. It is told by its words' kinds (a tap, a verb that opens, what it opens) and its marks,
// whatever one site's wording.

/** The share of the text the fold hid: `40%`, `约40%`. */
const SHARE = /约?\s*\d{1,3}(?:\.\d+)?\s*[%％]/gu;
/** A button's marks: brackets, arrows and chevrons (down to open, up to fold again), separators and the dashes it is set between, spaces. */
const MARKS =
	/[\s()（）【】[\]〔〕「」<>《》«»‹›〈〉▽▼▾▿∨⌄﹀↓⬇⇩⇓△▲▴∧⌃︿↑→➔▶▷►…·•:：|｜—–\-－─━~～]+/gu;

/** A comma between the fold's status and its button. */
const CLAUSE = /[，,；;]/u;

type Kind = 'tap' | 'open' | 'rest';

/** The lists' words, longest first, each with its kind, for one `FoldLines` setting. */
const kindedWords = oncePer((folds: FoldLines): [string, Kind][] =>
	[
		...folds.tapWords.map((w): [string, Kind] => [w, 'tap']),
		...folds.openWords.map((w): [string, Kind] => [w, 'open']),
		...folds.restWords.map((w): [string, Kind] => [w, 'rest']),
	].sort((a, b) => b[0].length - a[0].length),
);

/**
 * True for an opened fold's button (see the module's comment): without its marks and the share it
 * hid, up to `maxChars` characters made only of the lists' words, a tap first in its clause if any,
 * with a verb and what it opens, two of what it opens (`余下全文`), or one and the share (`剩余 62%`).
 */
export function isFoldLine(text: string, folds: FoldLines | undefined): boolean {
	if (folds === undefined) return false;
	const withoutShare = text.replace(SHARE, '');
	const share = withoutShare.length < text.length;
	const words = withoutShare.replace(MARKS, '');
	if (words === '' || words.length > folds.maxChars) return false;
	const kinds: Kind[] = [];
	// A status and the button after a comma (`剩余 40% 未读，点击展开`): each clause may open with a tap.
	for (const clause of words.split(CLAUSE)) {
		for (let at = 0; at < clause.length;) {
			const hit = kindedWords(folds).find(([w]) => clause.startsWith(w, at));
			if (hit === undefined) return false;
			if (hit[1] === 'tap' && at > 0) return false;
			kinds.push(hit[1]);
			at += hit[0].length;
		}
	}
	const rest = kinds.filter((k) => k === 'rest').length;
	return rest > 0 && (kinds.includes('open') || rest >= 2 || share);
}
