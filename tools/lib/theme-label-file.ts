import { z } from 'astro/zod';
import { issueLines, readJsonFile } from '../../src/lib/schema/friendly-errors.ts';
import { THEME_IDS } from '../../src/lib/schema/taxonomy.ts';

/** One blind label of a corpus article: its primary theme (null when none fits) and every theme that applies. */
export const ThemeLabelSchema = z.object({
	id: z.string(),
	primary: z.enum(THEME_IDS).nullable(),
	themes: z.array(z.enum(THEME_IDS)),
});
export type ThemeLabel = z.output<typeof ThemeLabelSchema>;

/** `eval/theme-labels.json`, as `scripts/theme-label-batches.ts --collect` writes it. */
const ThemeLabelFileSchema = z.object({ about: z.string(), items: z.array(ThemeLabelSchema) });

/**
 * The labels of `path`, the last one winning when an id was labelled twice.
 * @throws {Error} naming the file and the first bad field.
 */
export function readThemeLabels(path: string): ThemeLabel[] {
	const data = readJsonFile(path);
	const result = ThemeLabelFileSchema.safeParse(data);
	if (!result.success)
		throw new Error(`${path} is not valid: ${issueLines(result.error).join('; ')}`, {
			cause: result.error,
		});
	return [...new Map(result.data.items.map((l) => [l.id.toLowerCase(), l])).values()];
}
