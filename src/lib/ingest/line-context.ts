import { isBareCredit, isBoxLabel, lineRole, type LineRole } from './line-roles.ts';
import { endsSentence, hanCount } from './patterns.ts';
import type { SourceLine } from './types.ts';

// What a newspaper line is, read with its neighbours: the context rules of the page grammar.

/**
 * True for a speaker's name with a role (`王 雷（电视剧《某某》主演）`): it heads one voice in an
 * interview, never a story. A name has two or three characters; a role ends in a person noun.
 */
export function speakerLine(text: string, tag: string): boolean {
	return (
		hanCount(text) - hanCount(tag) <= 3 &&
		/(?:[长员家师生演人授记表席士任剧理手]|[《》])$|《/.test(tag)
	);
}

/**
 * True when a headline ending at `end` heads a news photo: one or two caption paragraphs, then
 * the photographer's credit on a line of its own (`好大一场雪` / caption / `张三摄（人民视觉）`), and
 * no running text after it.
 */
export function headsPhoto(lines: SourceLine[], roles: string[], end: number): boolean {
	for (let j = end + 1; j <= end + 3 && j < lines.length; j++) {
		// The caption ends at the credit; running text after it makes the credit a story's photo.
		if (isBareCredit(lines[j]!.text)) return j > end + 1 && roles[j + 1] !== 'body';
		if (roles[j] !== 'body') return false;
	}
	return false;
}

/**
 * Roles read from a line's neighbours: the line under a kicker ending in a dash is a title even
 * when it reads like a quotation (`“妈妈不哭，我在家好好学习！”（…）`); a box label under a headline
 * (`核心阅读`) begins the story's text.
 */
export function rolesInContext(lines: SourceLine[]): LineRole[] {
	const roles = lines.map(lineRole);
	for (let i = 1; i < lines.length; i++) {
		const text = lines[i]!.text;
		if (roles[i - 1] !== 'heading') continue;
		if (
			roles[i] === 'body' &&
			/——$/.test(lines[i - 1]!.text) &&
			text.length <= 60 &&
			!endsSentence(text)
		)
			roles[i] = 'heading';
		else if (roles[i] === 'heading' && isBoxLabel(text)) roles[i] = 'body';
	}
	return roles;
}
