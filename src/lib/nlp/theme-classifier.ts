import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeModel } from '../schema/theme-model.ts';
import { findSlot } from './int-table.ts';
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
	const levels = model.levels;
	for (let k = 0; k < x.keys.length; k++) {
		const slot = findSlot(model.table, x.keys[k] ?? -1);
		if (slot < 0) continue;
		const row = model.rows[slot] ?? 0;
		const value = x.values[k] ?? 0;
		for (let c = 0; c < C; c++) z[c] = (z[c] ?? 0) + value * (levels[(m[row + c] ?? 0) + 128] ?? 0);
	}
	softmaxInPlace(z);
	return new Map(model.classes.map((id, c) => [id, z[c] ?? 0]));
}
