import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeModel } from '../schema/theme-model.ts';
import { themeFeatures } from './theme-features.ts';
import { softmaxInPlace } from './train-softmax.ts';

/** Probability of every theme the model knows for a headline and body (they sum to 1). */
export function classifyThemes(
	doc: { title: string; body: string },
	model: ThemeModel,
): Map<ThemeId, number> {
	const x = themeFeatures(doc, model.features);
	const C = model.classes.length;
	const z = Float64Array.from(model.bias);
	const m = model.matrix;
	for (const [key, value] of x) {
		const row = model.rows.get(key);
		if (row === undefined) continue;
		for (let c = 0; c < C; c++) z[c] = (z[c] ?? 0) + value * (m[row + c] ?? 0);
	}
	softmaxInPlace(z);
	return new Map(model.classes.map((id, c) => [id, z[c] ?? 0]));
}
