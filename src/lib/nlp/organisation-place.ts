import type { PlaceIndex } from './place-index.ts';

// A university, hospital or research institute named after its place lies there (浙江大学, 武汉协和医院).
const SEATED_BODY = /^[\u4e00-\u9fa5]{0,4}?(?:大学|学院|医院|研究院|研究所|科学院)/u;
// The same bodies anywhere: a text without one names no place this way, and is not scanned.
const ANY_SEATED_BODY = /大学|学院|医院|研究院|研究所|科学院/u;

/**
 * The place a headline or lead names only through a body seated there (浙江大学推进…, 上海交通大学…):
 * the first name with one reading, not an ordinary word, that opens such a body. Undefined when none.
 */
export function organisationPlace(texts: readonly string[], index: PlaceIndex): string | undefined {
	for (const text of texts) {
		if (!ANY_SEATED_BODY.test(text)) continue;
		for (let at = 0; at < text.length - 1; at++) {
			for (let length = Math.min(index.longest, text.length - at); length >= 2; length--) {
				const surface = text.slice(at, at + length);
				const candidates = index.bySurface.get(surface);
				if (!candidates) continue;
				const codes = new Set(candidates.map((c) => c.division.code));
				const [code] = codes;
				if (
					codes.size === 1 &&
					code !== undefined &&
					!index.needsSupport.has(surface) &&
					SEATED_BODY.test(text.slice(at + length, at + length + 8))
				)
					return code;
				break;
			}
		}
	}
	return undefined;
}
