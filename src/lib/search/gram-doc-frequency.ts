/**
 * Documents holding an FTS5 expression of quoted gram phrases (`"a b" OR "c d"`), estimated from
 * the character-gram vocabulary (`gramDocs`: documents holding a gram): for each phrase the rarest
 * of its grams (an upper bound), summed.
 */
export function gramDocFrequency(gramDocs: (gram: string) => number, expr: string): number {
	let sum = 0;
	for (const match of expr.matchAll(/"([^"]*)"/gu)) {
		let least = Infinity;
		for (const g of match[1]!.split(' ')) least = Math.min(least, gramDocs(g));
		sum += least === Infinity ? 0 : least;
	}
	return sum;
}
