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

/**
 * `19-24,31` → [19, 20, 21, 22, 23, 24, 31]: the batch numbers of a labelling round.
 * @throws {TypeError} when a part is not a number or a rising range.
 */
export function batchNumbers(list: string): number[] {
	return list.split(',').flatMap((part) => {
		const [from, to = from] = part.split('-').map((n) => (/^\d+$/u.test(n) ? Number(n) : NaN));
		if (from === undefined || !Number.isInteger(from) || !Number.isInteger(to) || to! < from)
			throw new TypeError(`\`${list}\`: batch numbers like 19-24,31`);
		return Array.from({ length: to! - from + 1 }, (_, i) => from + i);
	});
}

/**
 * `labels` followed by those of `added` whose id is not labelled yet (ids compared without case):
 * a later round never overrides an earlier label. Returns the list and how many were added.
 */
export function appendThemeLabels(
	labels: readonly ThemeLabel[],
	added: readonly ThemeLabel[],
): { items: ThemeLabel[]; added: number } {
	const seen = new Set(labels.map((l) => l.id.toLowerCase()));
	const items = [...labels];
	for (const label of added) {
		if (seen.has(label.id.toLowerCase())) continue;
		seen.add(label.id.toLowerCase());
		items.push(label);
	}
	return { items, added: items.length - labels.length };
}

/** What {@link relabelThemes} did to one class of re-read labels. */
export interface RelabelCount {
	/** Labels of the class that were read again. */
	read: number;
	/** Of those, how many got another primary. */
	changed: number;
}

/**
 * `labels` with each label of `answers` (a second, blind reading of the same article) in place of
 * the first one, ids compared without case and the order kept; an answer for an id that `labels`
 * lacks is ignored. `classOf` names the class an id was re-read for (`A>B`: labelled A, B may fit);
 * the counts say, per class, how many were read and how many primaries changed.
 */
export function relabelThemes(
	labels: readonly ThemeLabel[],
	answers: readonly ThemeLabel[],
	classOf: (id: string) => string,
): { items: ThemeLabel[]; counts: Map<string, RelabelCount> } {
	const byId = new Map(answers.map((a) => [a.id.toLowerCase(), a]));
	const counts = new Map<string, RelabelCount>();
	const items = labels.map((label) => {
		const answer = byId.get(label.id.toLowerCase());
		if (!answer) return label;
		const key = classOf(label.id);
		const count = counts.get(key) ?? { read: 0, changed: 0 };
		count.read++;
		if (answer.primary !== label.primary) count.changed++;
		counts.set(key, count);
		return { id: label.id, primary: answer.primary, themes: answer.themes };
	});
	return { items, counts };
}
