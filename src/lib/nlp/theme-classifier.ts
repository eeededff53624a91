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
	const { keys, values } = themeFeatures(doc, model.features);
	const C = model.classes.length;
	const z = Float64Array.from(model.bias);
	const { matrix, levels, rows, table } = model;
	for (let k = 0; k < keys.length; k++) {
		const slot = findSlot(table, keys[k]!);
		if (slot < 0) continue;
		const value = values[k]!;
		// Each class sums its terms in key order, as a dense product would.
		for (let c = 0, at = rows[slot]!; c < C; c++, at++)
			z[c] = z[c]! + value * levels[matrix[at]! + 128]!;
	}
	softmaxInPlace(z);
	return new Map(model.classes.map((id, c) => [id, z[c] ?? 0]));
}
