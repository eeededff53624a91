/** A run of article text: plain, inside measure `measure`, and possibly a stated quantity. */
interface MarkedSegment {
	text: string;
	/** Index of the measure this text belongs to, or null. */
	measure: number | null;
	/** True for the words of a quantity inside a measure (591名干部). */
	quantity: boolean;
}

/** What marking needs from a measure. */
interface MarkableMeasure {
	text: string;
	quantities: { text: string }[];
}

interface Range {
	start: number;
	end: number;
	measure: number;
}

/**
 * Splits a paragraph into segments so that each measure's clause is marked where it occurs
 * verbatim (first free occurrence, no overlaps) and its quantities are marked inside it.
 * Measures that do not occur in the paragraph are ignored; joining the segments gives `text` back.
 */
export function markMeasures(text: string, measures: readonly MarkableMeasure[]): MarkedSegment[] {
	const ranges: Range[] = [];
	measures.forEach((m, measure) => {
		if (!m.text) return;
		for (let from = 0; ;) {
			const start = text.indexOf(m.text, from);
			if (start < 0) return;
			const end = start + m.text.length;
			if (!ranges.some((r) => start < r.end && r.start < end)) {
				ranges.push({ start, end, measure });
				return;
			}
			from = start + 1;
		}
	});
	ranges.sort((a, b) => a.start - b.start);
	const out: MarkedSegment[] = [];
	const push = (s: MarkedSegment) => {
		if (s.text) out.push(s);
	};
	let at = 0;
	for (const r of ranges) {
		push({ text: text.slice(at, r.start), measure: null, quantity: false });
		for (const piece of markQuantities(
			text.slice(r.start, r.end),
			measures[r.measure]?.quantities ?? [],
		)) {
			push({ ...piece, measure: r.measure });
		}
		at = r.end;
	}
	push({ text: text.slice(at), measure: null, quantity: false });
	return out;
}

function markQuantities(
	text: string,
	quantities: readonly { text: string }[],
): { text: string; quantity: boolean }[] {
	const spans: [number, number][] = [];
	for (const q of quantities) {
		if (!q.text) continue;
		const start = text.indexOf(q.text);
		if (start < 0) continue;
		const end = start + q.text.length;
		if (!spans.some(([s, e]) => start < e && s < end)) spans.push([start, end]);
	}
	spans.sort((a, b) => a[0] - b[0]);
	const out: { text: string; quantity: boolean }[] = [];
	let at = 0;
	for (const [s, e] of spans) {
		if (s > at) out.push({ text: text.slice(at, s), quantity: false });
		out.push({ text: text.slice(s, e), quantity: true });
		at = e;
	}
	if (at < text.length) out.push({ text: text.slice(at), quantity: false });
	return out;
}

/** Paragraphs of a body: split on blank lines, trimmed, empty ones dropped. */
export function toParagraphs(body: string): string[] {
	return body
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
}
