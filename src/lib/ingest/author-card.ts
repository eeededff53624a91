import { alternation } from '../schema/media-words.ts';
import type { AuthorCards } from '../schema/tail-notices.ts';
import type { SourceLine } from './types.ts';
import { oncePer } from '../once-per.ts';

// A site that prints a reader's or a correspondent's contribution may close it with a card about the
// writer (作者简介, 关于作者): the writer's name, unit and pursuits. The card is the site's note on
// the writer, not the story's text, and the unit it names is neither the outlet nor the source.

const OPEN = '[【[(（〔]?\\s*';
const CLOSE = '\\s*[】\\])）〕]?';

const labels = oncePer((cards: AuthorCards): { keyed: RegExp; bare: RegExp } => {
	const words = alternation(cards.labels);
	return {
		keyed: new RegExp(`^${OPEN}(?:${words})${CLOSE}\\s*(?:[:：|｜丨]|(?<=[】\\])）〕]))\\s*\\S`),
		bare: new RegExp(`^${OPEN}(?:${words})${CLOSE}\\s*[:：]?$`),
	};
});

/** A writer's note opens with the writer's name, a clause of a few Han characters: `某某某，`. */
const NAME_CLAUSE = /^[\u3400-\u9fff·]{2,6}[，,（(\s]/;

/**
 * The line numbers of the author cards among `lines`: a line keyed by a card's label (`作者简介：…`,
 * `【作者简介】…`) of up to `maxChars` characters, and a label alone on its line with up to
 * `linesAfter` lines of the writer's note under it (each opening with a name's clause and holding
 * one of `noteWords`: `某某，供职于某某县人民医院，县作家协会会员。`). A byline (`作者：某某`) or a
 * sentence about an author is neither. Read where the text has ended: the caller keeps them out of
 * the text's last lines only.
 */
export function authorCardLines(lines: SourceLine[], cards: AuthorCards | undefined): Set<number> {
	const out = new Set<number>();
	if (cards === undefined) return out;
	const { keyed, bare } = labels(cards);
	const isNote = (text: string) =>
		text.length <= cards.maxChars &&
		NAME_CLAUSE.test(text) &&
		cards.noteWords.some((w) => text.includes(w));
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i]!.text.trim();
		if (text.length > cards.maxChars) continue;
		if (keyed.test(text)) out.add(lines[i]!.line);
		else if (bare.test(text)) {
			const notes = [];
			for (let j = i + 1; j < lines.length && notes.length < cards.linesAfter; j++) {
				const t = lines[j]!.text.trim();
				if (t === '') continue;
				if (!isNote(t)) break;
				notes.push(lines[j]!.line);
			}
			if (notes.length === 0) continue;
			out.add(lines[i]!.line);
			for (const n of notes) out.add(n);
		}
	}
	return out;
}
