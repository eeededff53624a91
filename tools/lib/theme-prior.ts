import { classifyThemes } from '../../src/lib/nlp/theme-classifier.ts';
import { compileThemeModel, type ThemeModelFile } from '../../src/lib/schema/theme-model.ts';

/**
 * The model with part of its training prior divided out: each class's bias lowered by
 * `gamma × log π`, π the model's mean probability of the class over `docs` (the articles it was
 * trained on), so that p(theme | text) becomes ∝ p / π^gamma. The training mix (helpers' sample,
 * the rules' sure labels, the taxonomy's pseudo-documents) says nothing of how often a theme
 * occurs on the pages to be tagged, so a theme it rarely saw should not lose for that alone.
 * `gamma` 0 returns the model unchanged.
 */
export function correctPrior(
	model: ThemeModelFile,
	docs: readonly { doc: { title: string; body: string } }[],
	gamma: number,
): ThemeModelFile {
	if (gamma === 0 || docs.length === 0) return model;
	const compiled = compileThemeModel(model);
	const mean = new Float64Array(model.classes.length);
	for (const { doc } of docs) {
		const p = classifyThemes(doc, compiled);
		model.classes.forEach((id, c) => (mean[c] = (mean[c] ?? 0) + (p.get(id) ?? 0) / docs.length));
	}
	const bias = model.bias.map(
		(b, c) => Math.round((b - gamma * Math.log(Math.max(mean[c] ?? 0, 1e-6))) * 1e4) / 1e4,
	);
	return { ...model, bias };
}
