// How 人民日报 signs a piece on a line of its own. A writer's name under a 副刊 or 评论 headline is
// set alone, a two-character name spaced to the width of three (`陈 涛`); a reader's letter ends with
// the writer's place and name (`辽宁大连市 王艺侨`, `内蒙古赤峰市 刘 才`).

/** A spaced two- or three-character name: `陈 涛`, `王 小明`. */
const SPACED_NAME = /^\p{Script=Han}[\s\u3000]+\p{Script=Han}{1,2}$/u;

/** A place ending in an administrative unit, then a name after a space. */
const PLACE_AND_NAME =
	/^\p{Script=Han}{1,12}[省市县区州旗盟镇乡村][\s\u3000]+(?:\p{Script=Han}[\s\u3000]+\p{Script=Han}{1,2}|\p{Script=Han}{2,4})$/u;

/** True when a line is a writer's name set alone, spaced as print sets it (`陈 涛`). */
export function isSpacedName(text: string): boolean {
	return SPACED_NAME.test(text.trim());
}

/** True when a line signs a piece: a spaced name, or a place and a name (`辽宁大连市 王艺侨`). */
export function isSignatureLine(text: string): boolean {
	const t = text.trim();
	return SPACED_NAME.test(t) || PLACE_AND_NAME.test(t);
}
