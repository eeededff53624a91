import type { SourceLine } from './types.ts';

// A paper's figures box closing a story (数说): a figure with its unit alone on a line (`125个`,
// `280多万`, `909亿元`) over a clause that says what it counts and holds the same figure. The box is
// the story's own, whatever its words; a widget's count (`阅读 1024`) has no such clause under it.

/** A figure and its unit alone: `125个`, `280多万`, `909亿元`, `3.5%`, `近千人`'s figures. */
const FIGURE = /^\s*(\d+(?:\.\d+)?)\s*(?:多|余|近)?\s*[\u3400-\u9fff%％‰]{0,3}\s*$/u;

/** True when `lines[i]` is a figure over the clause under it that holds the same figure. */
export function isFigureCallout(lines: readonly SourceLine[], i: number): boolean {
	const figure = FIGURE.exec(lines[i]?.text ?? '')?.[1];
	const under = lines[i + 1]?.text ?? '';
	return figure !== undefined && /[，,]/.test(under) && under.includes(figure);
}
