import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { searchConfigPath } from '../../src/lib/config-path.ts';
import { parseWithFriendlyErrors, readJsonFile } from '../../src/lib/schema/friendly-errors.ts';
import type { PageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { webSplitReader, type SplitPages } from './web-split-runs.ts';
import type { WebSplit } from './web-pages-furniture.ts';

// What every web-page model's trainer starts with: its settings from search-config/, its command
// line (`--pages N --seeds 2026,7 --write --refit`) and a reader of the splits' pages with the rules alone.

/** A trainer's settings, command line and split reader. */
export interface WebTrainerRun<T> {
	settings: T;
	settingsPath: string;
	/** Pages a split. */
	count: number;
	seeds: number[];
	write: boolean;
	/** `--refit`: fit on every development split and write, without the left-out loop (where a trainer offers it). */
	refit: boolean;
	read: (split: WebSplit, seed: number) => SplitPages;
}

/**
 * Reads a trainer's settings file (`search-config/<file>`, checked by `schema`) and its command line;
 * exits naming the script when ../shared/corpus is not beside this checkout. The pipeline reads the
 * pages without the model being trained (`without`), so the rules' reading is the baseline.
 */
export async function webTrainerRun<S extends z.ZodType>(
	script: string,
	schema: S,
	file: string,
	without: keyof PageFurniture,
	defaultPages: number,
): Promise<WebTrainerRun<z.output<S>>> {
	const settingsPath = searchConfigPath(file);
	const settings = parseWithFriendlyErrors(
		schema,
		readJsonFile(settingsPath),
		`search-config → ${settingsPath}`,
	);
	const { values } = parseArgs({
		options: {
			pages: { type: 'string', default: String(defaultPages) },
			seeds: { type: 'string', default: '2026,7' },
			write: { type: 'boolean', default: false },
			refit: { type: 'boolean', default: false },
		},
	});
	const count = Number(values.pages);
	const read = await webSplitReader(count, without);
	if (read === null) {
		process.stderr.write(`${script}: ../shared/corpus is not beside this checkout.\n`);
		process.exit(1);
	}
	const seeds = values.seeds.split(',').map(Number);
	return { settings, settingsPath, count, seeds, write: values.write, refit: values.refit, read };
}
