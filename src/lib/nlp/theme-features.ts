/** How an article's text becomes the classifier's features; stored with the model it trained. */
export interface FeatureSettings {
	/** How many times a bigram of the headline counts. */
	titleWeight: number;
	/** Length of the lead (the body's opening) whose bigrams count extra. */
	leadChars: number;
	/** Extra count of a bigram in the lead, on top of its count in the body. */
	leadWeight: number;
}

/** Sparse feature vector: key of a bigram ({@link bigramKey}) → value; L2 norm 1. */
export type FeatureVector = Map<number, number>;

const isHan = (code: number): boolean =>
	(code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** Numeric key of two adjacent UTF-16 codes (both in the BMP Han blocks). */
export const bigramKey = (a: number, b: number): number => a * 0x10000 + b;

/** The two characters a key stands for. */
export const keyToBigram = (key: number): string =>
	String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000);

/** The key of a two-character string, or undefined when it is not two Han characters. */
export function bigramToKey(text: string): number | undefined {
	if (text.length !== 2) return undefined;
	const a = text.charCodeAt(0);
	const b = text.charCodeAt(1);
	return isHan(a) && isHan(b) ? bigramKey(a, b) : undefined;
}

function countBigrams(text: string, weight: number, into: Map<number, number>): void {
	let prev = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isHan(code)) {
			prev = -1;
			continue;
		}
		if (prev >= 0) {
			const key = bigramKey(prev, code);
			into.set(key, (into.get(key) ?? 0) + weight);
		}
		prev = code;
	}
}

/**
 * Han-character bigrams of a headline and body, weighted by where they stand (headline, lead,
 * rest), each as `log(1 + count)`, scaled to unit length. Punctuation, digits and Latin letters
 * break runs: a bigram never spans them.
 */
export function themeFeatures(
	doc: { title: string; body: string },
	settings: FeatureSettings,
): FeatureVector {
	const counts = new Map<number, number>();
	countBigrams(doc.body, 1, counts);
	if (settings.leadWeight > 0)
		countBigrams(doc.body.slice(0, settings.leadChars), settings.leadWeight, counts);
	if (doc.title) countBigrams(doc.title, settings.titleWeight, counts);
	let norm = 0;
	for (const [key, count] of counts) {
		const value = Math.log1p(count);
		counts.set(key, value);
		norm += value * value;
	}
	if (norm > 0) {
		const scale = 1 / Math.sqrt(norm);
		for (const [key, value] of counts) counts.set(key, value * scale);
	}
	return counts;
}
