import type { ThemeTraining } from '../../src/lib/schema/theme-training.ts';

/**
 * `training` with `--set` assignments applied in place (`sgd.epochs=12`, `gold.weight=30`): a numeric
 * setting changed for one run, to compare settings by cross-validation.
 * @throws {Error} naming the assignment when it names no numeric setting or gives no number.
 */
export function overrideTraining(training: ThemeTraining, assignments: readonly string[]): void {
	for (const assignment of assignments) {
		const [path = '', text = ''] = assignment.split('=');
		const keys = path.split('.');
		let node = training as unknown as Record<string, unknown>;
		for (const key of keys.slice(0, -1)) node = (node[key] ?? {}) as Record<string, unknown>;
		const last = keys.at(-1) ?? '';
		if (typeof node[last] !== 'number' || text === '' || !Number.isFinite(Number(text)))
			throw new Error(
				`--set ${assignment}: needs a numeric setting of theme-training.json and a number`,
			);
		node[last] = Number(text);
	}
}
