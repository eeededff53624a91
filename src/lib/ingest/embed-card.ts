import { alternation } from '../schema/media-words.ts';
import type { EmbedCards } from '../schema/page-furniture.ts';
import { endsSentence } from './patterns.ts';
import { isParagraph } from './phrase-furniture.ts';
import type { SourceLine } from './types.ts';

// A WeChat post embeds cards between its paragraphs: a 视频号 video (its label, the account, the
// video's title and length), a 小程序, or an account to follow (its name, a line about it, the
// button `公众号 · 已关注`). Saved as text, a card is a few short lines that are not the story's.

const SEP = String.raw`\s*[·・•|｜:：]\s*`;

/** True for a short line that is none of the story's sentences: a name, a title, a length. */
const isCardText = (text: string, cards: EmbedCards) =>
	text.length <= cards.maxLine && !endsSentence(text) && !isParagraph(text);

/**
 * Indices of the lines of the cards embedded in a post: a card's label (`视频号`, `视频号 · 某某`,
 * `▷ 某某的视频号`: one of `cards.kinds`, alone, before a name or after `的`) and up to
 * `cards.linesAfter` short lines under it; a followed account's button (`公众号 · 已关注`: a kind and
 * one of `cards.buttons`) and the account's name right over it; a prompt to the card below
 * (`点击下方卡片 关注我们`: one of `cards.prompts`) and up to `cards.linesAfter` short lines under it.
 * Without `cards`, none.
 */
export function embedCardLines(
	lines: readonly SourceLine[],
	cards: EmbedCards | undefined,
): Set<number> {
	const out = new Set<number>();
	if (cards === undefined) return out;
	const kind = alternation(cards.kinds);
	const label = new RegExp(
		String.raw`^[▷▶►]?\s*(?:(?:${kind})(?:${SEP}\S.{0,30})?|\S.{0,30}的(?:${kind}))$`,
		'u',
	);
	const button = new RegExp(`^(?:${kind})${SEP}(?:${alternation(cards.buttons)})$`, 'u');
	const under = (i: number) => {
		for (let j = i + 1; j <= i + cards.linesAfter && j < lines.length; j++) {
			if (!isCardText(lines[j]!.text, cards)) break;
			out.add(j);
		}
	};
	for (const [i, line] of lines.entries()) {
		const t = line.text.trim();
		if (button.test(t)) {
			out.add(i);
			if (i > 0 && isCardText(lines[i - 1]!.text, cards)) out.add(i - 1);
		} else if (label.test(t)) {
			out.add(i);
			under(i);
		} else if (t.length <= cards.maxLine && cards.prompts.some((p) => t.includes(p))) {
			out.add(i);
			under(i);
		}
	}
	return out;
}
