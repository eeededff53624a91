import { join } from 'node:path';
import { z } from 'astro/zod';
import type { FurnitureWording } from '../../src/lib/eval/furnish-page.ts';
import { readEvalFile } from './eval-file.ts';
import { PROJECT_ROOT } from './project.ts';

/**
 * Templates of one kind: `dev` laid on the development pages, `held` on the held-out ones; never the
 * same string, but for those in `shared` (a bare placeholder such as `{title}`, which is no wording).
 */
export function halvesSchema(shared: readonly string[] = []) {
	return z
		.object({
			/** Wording laid on the development pages. */
			dev: z.array(z.string().min(1)).min(1),
			/** Wording laid on the held-out pages, never tuned against. */
			held: z.array(z.string().min(1)).min(1),
		})
		.refine((s) => s.dev.every((t) => !s.held.includes(t) || shared.includes(t)), {
			message: 'the dev and held wording must be disjoint',
		});
}

/** Newspaper templates: `dev` on 2019 pages, `held` on 2020 pages. */
const SplitTemplatesSchema = halvesSchema();

/** `eval/newspaper-furniture.json`: how saved national newspaper pages dress their stories. */
const NewspaperFurnitureSchema = z.object({
	$comment: z.string().optional(),
	/** Page headers: paper, date, page number and page name, on one line or several. */
	headers: SplitTemplatesSchema,
	/** E-paper navigation lines (上一版/下一版, 版面导航, 放大/缩小). */
	navigation: SplitTemplatesSchema,
	/** The page's editors line (本版责编, 版式设计). */
	editors: SplitTemplatesSchema,
	/** Photo captions with their credit. */
	captions: SplitTemplatesSchema,
	/** Page names; the first is the one news pages 1–4 mostly carry. */
	sections: z.array(z.string().min(1)).min(1),
	places: z.array(z.string().min(1)).min(1),
	scenes: z.array(z.string().min(1)).min(1),
	/** Characters names are drawn from. */
	surnames: z.string().min(1),
	givenChars: z.string().min(1),
});

/** Which half of the wording to lay: `dev` on 2019 pages, `held` on 2020 pages. */
export type WordingHalf = 'dev' | 'held';

/**
 * Reads `eval/newspaper-furniture.json` (or `path`) and returns the wording of one half.
 * @throws {Error} naming the file and the reason when it is missing, not JSON, or invalid.
 */
export function readNewspaperFurniture(
	half: WordingHalf,
	path = join(PROJECT_ROOT, 'eval/newspaper-furniture.json'),
): FurnitureWording {
	const f = readEvalFile(NewspaperFurnitureSchema, path);
	return {
		headers: f.headers[half],
		navigation: f.navigation[half],
		editors: f.editors[half],
		captions: f.captions[half],
		sections: f.sections,
		places: f.places,
		scenes: f.scenes,
		surnames: f.surnames,
		givenChars: f.givenChars,
	};
}
