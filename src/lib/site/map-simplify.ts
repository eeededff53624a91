/** A [longitude, latitude] pair. */
export type Position = [number, number];

function segmentDistance2(p: Position, a: Position, b: Position): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t =
		len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
	const x = a[0] + t * dx - p[0];
	const y = a[1] + t * dy - p[1];
	return x * x + y * y;
}

/**
 * Douglas–Peucker simplification of one line: keeps the end points and every point farther than
 * `tolerance` from the line through its kept neighbours. Iterative, so long rings cannot overflow
 * the stack.
 */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
	if (points.length <= 2 || tolerance <= 0) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const tol2 = tolerance * tolerance;
	while (stack.length > 0) {
		const [first, last] = stack.pop() ?? [0, 0];
		let maxD = 0;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance2(
				points[i] as Position,
				points[first] as Position,
				points[last] as Position,
			);
			if (d > maxD) {
				maxD = d;
				index = i;
			}
		}
		if (index >= 0 && maxD > tol2) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring. A ring that would keep fewer than four points (a closed triangle) is
 * dropped (null): at the map's scale it is smaller than the tolerance.
 */
function simplifyRing(ring: readonly Position[], tolerance: number): Position[] | null {
	if (ring.length < 4) return null;
	// Split at the point farthest from the start, so a closed ring (first = last) keeps its shape.
	let far = 0;
	let farD = -1;
	for (let i = 1; i < ring.length - 1; i++) {
		const p = ring[i] as Position;
		const s = ring[0] as Position;
		const d = (p[0] - s[0]) ** 2 + (p[1] - s[1]) ** 2;
		if (d > farD) {
			farD = d;
			far = i;
		}
	}
	const a = simplifyLine(ring.slice(0, far + 1), tolerance);
	const b = simplifyLine(ring.slice(far), tolerance);
	const out = [...a, ...b.slice(1)];
	return out.length >= 4 ? out : null;
}

/** Simplifies every ring of a polygon; a polygon whose outer ring vanishes is dropped (null). */
export function simplifyPolygon(
	polygon: readonly (readonly Position[])[],
	tolerance: number,
): Position[][] | null {
	const [outer, ...holes] = polygon;
	const kept = outer ? simplifyRing(outer, tolerance) : null;
	if (!kept) return null;
	return [
		kept,
		...holes.flatMap((h) => {
			const ring = simplifyRing(h, tolerance);
			return ring ? [ring] : [];
		}),
	];
}
