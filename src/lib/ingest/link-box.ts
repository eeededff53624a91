import type { LinkBoxes } from '../schema/page-furniture.ts';
import { endsSentence } from './patterns.ts';
import { isParagraph, LEAD } from './phrase-furniture.ts';
import { isClickPrompt } from './post-prompts.ts';
import { isMarkedListItem } from './related-list.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

// A box of links to other articles that a page sets between two paragraphs of its story (`延伸阅读`,
// `推荐阅读` over a title or two, a click prompt under them). Told by its place and by what the
// paragraphs around it say: a section's heading is answered by the text it heads, another
// article's title is not.

/** A section's number before its heading: `一、`, `（二）`, `3.`, `第四，`. */
const SECTION_NUMBER =
	/^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[、，,是])/u;

/** A word alone in brackets: `【推荐】`. */
const BRACKETED_LABEL = /^\s*[【[〔]\s*([\u3400-\u9fff]{2,4})\s*[】\]〕]\s*$/u;
/** A statement's or question's closing mark, a quotation's mark after it or not. */
const FULL_STOP = /[。！？!?][”"’」』]?$/u;
/** A rule that closes a box: `——`, `————`. */
const RULE = /^[—─\-－_=]{2,}$/u;

/**
 * The lines without the boxes of links set between a sentence and a paragraph of the text: a run of up to `cfg.maxLinks`
 * short lines (a list head over them aside) that close no sentence, carry no section number and share
 * at most `cfg.maxShare` of their bigrams with the paragraphs right above and below, when a list head
 * opens the run or a click prompt closes it (gone as furniture already or not: `all` holds the lines
 * before furniture was dropped; lines are matched by number), or a line of it is marked as a list's
 * item; a list head alone there, its titles gone by the list's own rule, goes too. A subtitle on a
 * dash and a numbered section's heading are never links. `heads` are the list heads of
 * `page-furniture.json` (`relatedListHeads`). `boxed` holds the number of every line between the
 * text above and below a box that went (in `all`), which the tail reads as never there.
 */
export function dropLinkBoxes(
	lines: SourceLine[],
	all: SourceLine[],
	heads: readonly string[],
	cfg: LinkBoxes | undefined,
): { lines: SourceLine[]; boxed: ReadonlySet<number> } {
	const boxed = new Set<number>();
	if (cfg === undefined) return { lines, boxed };
	const isHead = (text: string) => {
		const bare = text.replace(LEAD, '').replace(/[:：]$/, '');
		if (bare.length <= cfg.maxChars && heads.some((h) => bare.startsWith(h))) return true;
		// A head cut to its first word, in brackets or behind a marker: `【推荐】` or `▶ 推荐` for
		// 推荐阅读, `【相关】` for 相关新闻.
		const label =
			BRACKETED_LABEL.exec(text)?.[1] ?? (/^[\u3400-\u9fff]{2,}$/.test(bare) ? bare : undefined);
		return label !== undefined && heads.some((h) => h.startsWith(label));
	};
	// A subtitle opens on a dash (`——记某某`); a section's heading may carry its number.
	const isLink = (text: string) =>
		text.length <= cfg.maxChars &&
		!endsSentence(text) &&
		!SECTION_NUMBER.test(text) &&
		!/^[—─-]/.test(text);
	// Under its head a title may be long, a headline of many clauses with its subtitle, but holds no
	// sentence's mark: a paragraph does.
	const isHeadedLink = (text: string) =>
		text.length <= cfg.maxHeadedTitle &&
		!/[，。；：,;:！？!?]/.test(text.replace(/^[·•]\s*/, '')) &&
		!SECTION_NUMBER.test(text) &&
		!/^[—─-]/.test(text);
	const kept = new Set(lines.map((l) => l.line));
	const gone = (above: SourceLine, below: SourceLine) =>
		all.filter((l) => l.line > above.line && l.line < below.line && !kept.has(l.line));
	const drop = new Set<number>();
	for (let i = 1; i < lines.length; i++) {
		// Any sentence of the text may stand above the box (`某某参加会见。`); a paragraph under it.
		if (!endsSentence(lines[i - 1]!.text) || isParagraph(lines[i]!.text)) continue;
		let end = i;
		const headed = isHead(lines[i]!.text);
		while (
			end < lines.length &&
			end - i <= cfg.maxLinks &&
			(isLink(lines[end]!.text) || (headed && end > i && isHeadedLink(lines[end]!.text)))
		)
			end++;
		// A rule under the titles closes the box.
		const ruled = end > i && end < lines.length && RULE.test(lines[end]!.text.trim());
		if (ruled) end++;
		if (end === i || end >= lines.length || !endsSentence(lines[end]!.text)) continue;
		// Under a box with its head the text may close on a short sentence (`某某参加上述活动。`), not
		// on a prompt trailing off (`请简要描述您的问题…`).
		if (
			!isParagraph(lines[end]!.text) &&
			!(isHead(lines[i]!.text) && FULL_STOP.test(lines[end]!.text))
		)
			continue;
		// A section's heading the paragraph under the box answers stays over the box: the box
		// starts under it.
		if (
			end - i >= 2 &&
			!isHead(lines[i]!.text) &&
			shareIn(bigramSet(lines[i]!.text), bigramSet(lines[end]!.text)) > cfg.maxShare
		)
			i++;
		const head = isHead(lines[i]!.text);
		const links = lines.slice(head ? i + 1 : i, ruled ? end - 1 : end);
		const [above, below] = [lines[i - 1]!, lines[end]!];
		const dropped = gone(above, below);
		// A list head whose titles the list's own rule took already leaves the head alone.
		const emptied = head && links.length === 0 && dropped.length > 0;
		if (!emptied) {
			if (links.length === 0 || links.length > cfg.maxLinks) continue;
			// The box's head or its click prompt may have gone as furniture already.
			const marked =
				head ||
				dropped.some((l) => isHead(l.text) || isClickPrompt(l.text)) ||
				links.some((l) => isMarkedListItem(l.text, cfg.maxChars));
			if (!marked) continue;
			const around = bigramSet(above.text + below.text);
			if (links.some((l) => shareIn(bigramSet(l.text), around) > cfg.maxShare)) continue;
		}
		for (let k = i; k < end; k++) drop.add(lines[k]!.line);
		for (const l of all) if (l.line > above.line && l.line < below.line) boxed.add(l.line);
		i = end;
	}
	return { lines: drop.size === 0 ? lines : lines.filter((l) => !drop.has(l.line)), boxed };
}
