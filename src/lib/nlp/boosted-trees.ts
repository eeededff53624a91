/** A node of a regression tree: a split on one feature, or a leaf with its value. */
export type TreeNode = { f: number; t: number; l: number; r: number } | { v: number };

/** Boosted regression trees for a binary outcome: `p = sigmoid(base + Σ tree(x))`. */
export interface BoostedTrees {
	base: number;
	/** Each tree's nodes; node 0 is the root, `l`/`r` index the node's children. */
	trees: TreeNode[][];
}

/**
 * A model's trees laid out in flat arrays (every tree's nodes one after the other; a leaf has
 * feature -1), so scoring walks numbers instead of node objects of two shapes.
 */
interface FlatTrees {
	/** The `trees` array and its length when laid out: a model changed since is laid out again. */
	source: readonly TreeNode[][];
	count: number;
	roots: Int32Array;
	feature: Int32Array;
	threshold: Float64Array;
	left: Int32Array;
	right: Int32Array;
	value: Float64Array;
}

const flatByModel = new WeakMap<BoostedTrees, FlatTrees>();

function layOut(trees: readonly TreeNode[][]): FlatTrees {
	const size = trees.reduce((n, t) => n + t.length, 0);
	const flat: FlatTrees = {
		source: trees,
		count: trees.length,
		roots: new Int32Array(trees.length),
		feature: new Int32Array(size),
		threshold: new Float64Array(size),
		left: new Int32Array(size),
		right: new Int32Array(size),
		value: new Float64Array(size),
	};
	let offset = 0;
	trees.forEach((tree, k) => {
		flat.roots[k] = offset;
		tree.forEach((node, i) => {
			const at = offset + i;
			if ('v' in node) {
				flat.feature[at] = -1;
				flat.value[at] = node.v;
			} else {
				flat.feature[at] = node.f;
				flat.threshold[at] = node.t;
				flat.left[at] = offset + node.l;
				flat.right[at] = offset + node.r;
			}
		});
		offset += tree.length;
	});
	return flat;
}

function flatTrees(model: BoostedTrees): FlatTrees {
	let flat = flatByModel.get(model);
	if (flat === undefined || flat.source !== model.trees || flat.count !== model.trees.length) {
		flat = layOut(model.trees);
		flatByModel.set(model, flat);
	}
	return flat;
}

/** The model's log-odds for one feature row: its base plus each tree's leaf, in the trees' order. */
export function treeScore(model: BoostedTrees, x: readonly number[]): number {
	const { roots, feature, threshold, left, right, value } = flatTrees(model);
	let z = model.base;
	for (let k = 0; k < roots.length; k++) {
		let node = roots[k]!;
		for (let f = feature[node]!; f >= 0; f = feature[node]!)
			node = x[f]! <= threshold[node]! ? left[node]! : right[node]!;
		z += value[node]!;
	}
	return z;
}

/** Settings of {@link fitBoostedTrees}. */
export interface BoostOptions {
	trees: number;
	depth: number;
	/** Shrinkage applied to every tree's values. */
	rate: number;
	/** L2 penalty on leaf values. */
	lambda: number;
	/** Smallest total hessian a child may hold. */
	minChild: number;
	/** Most split points tried per feature (its quantiles). */
	bins: number;
}

function cutPoints(rows: readonly number[][], f: number, bins: number): number[] {
	const values = [...new Set(rows.map((r) => r[f]!))].sort((a, b) => a - b);
	if (values.length <= bins) return values.slice(0, -1);
	const out = new Set<number>();
	for (let b = 1; b < bins; b++) out.add(values[Math.floor((b * values.length) / bins)]!);
	return [...out];
}

/**
 * Gradient-boosted regression trees on the logistic loss (Newton steps for the leaves, exact
 * greedy splits over each feature's quantiles). Deterministic.
 */
export function fitBoostedTrees(
	rows: readonly number[][],
	labels: readonly number[],
	o: BoostOptions,
): BoostedTrees {
	const n = rows.length;
	const mean = labels.reduce((a, b) => a + b, 0) / Math.max(1, n);
	const base = Math.log((mean + 1e-6) / (1 - mean + 1e-6));
	const z = new Float64Array(n).fill(base);
	const features = rows[0]?.length ?? 0;
	const cuts = Array.from({ length: features }, (_, f) => cutPoints(rows, f, o.bins));
	// Bin of every value: the number of cut points below it, so `bin <= b` means `x <= cuts[b]`.
	const binOf = cuts.map((c, f) =>
		Uint8Array.from(rows, (r) => {
			let b = 0;
			while (b < c.length && r[f]! > c[b]!) b++;
			return b;
		}),
	);
	const trees: TreeNode[][] = [];
	const g = new Float64Array(n);
	const h = new Float64Array(n);
	for (let m = 0; m < o.trees; m++) {
		for (let i = 0; i < n; i++) {
			const p = 1 / (1 + Math.exp(-z[i]!));
			g[i] = p - labels[i]!;
			h[i] = p * (1 - p);
		}
		const tree: TreeNode[] = [];
		const grow = (idx: Uint32Array, depth: number): number => {
			const at = tree.length;
			let G = 0;
			let H = 0;
			for (const i of idx) [G, H] = [G + g[i]!, H + h[i]!];
			tree.push({ v: (-o.rate * G) / (H + o.lambda) });
			if (depth >= o.depth) return at;
			let best = { gain: 1e-9, f: -1, b: 0 };
			for (let f = 0; f < features; f++) {
				const c = cuts[f]!;
				if (c.length === 0) continue;
				const gs = new Float64Array(c.length + 1);
				const hs = new Float64Array(c.length + 1);
				const bins = binOf[f]!;
				for (const i of idx) {
					gs[bins[i]!]! += g[i]!;
					hs[bins[i]!]! += h[i]!;
				}
				let GL = 0;
				let HL = 0;
				for (let b = 0; b < c.length; b++) {
					GL += gs[b]!;
					HL += hs[b]!;
					const [GR, HR] = [G - GL, H - HL];
					if (HL < o.minChild || HR < o.minChild) continue;
					const gain =
						(GL * GL) / (HL + o.lambda) + (GR * GR) / (HR + o.lambda) - (G * G) / (H + o.lambda);
					if (gain > best.gain) best = { gain, f, b };
				}
			}
			if (best.f < 0) return at;
			const bins = binOf[best.f]!;
			const l = grow(
				idx.filter((i) => bins[i]! <= best.b),
				depth + 1,
			);
			const r = grow(
				idx.filter((i) => bins[i]! > best.b),
				depth + 1,
			);
			tree[at] = { f: best.f, t: cuts[best.f]![best.b]!, l, r };
			return at;
		};
		grow(
			Uint32Array.from({ length: n }, (_, i) => i),
			0,
		);
		const fitted: BoostedTrees = { base: 0, trees: [tree] };
		for (let i = 0; i < n; i++) z[i]! += treeScore(fitted, rows[i]!);
		trees.push(tree);
	}
	return { base, trees };
}
