import { join } from 'node:path';
import { z } from 'astro/zod';
import type { TvFurnitureWording } from '../../src/lib/eval/furnish-tv-item.ts';
import { halvesSchema, type WordingHalf } from './newspaper-furniture.ts';
import { readEvalFile } from './eval-file.ts';
import { PROJECT_ROOT } from './project.ts';

/** TV templates: `dev` on 2022–2023 items, `held` on 2024–2025 items; a bare `{title}` may be in both. */
const HalvesSchema = halvesSchema(['{title}']);

/** `eval/tv-news-furniture.json`: how a saved CCTV page dresses a 新闻联播 item. */
const TvNewsFurnitureSchema = z.object({
	$comment: z.string().optional(),
	/** The site's header and channel navigation. */
	siteHeaders: HalvesSchema,
	/** The programme's name with the broadcast's date. */
	programme: HalvesSchema,
	/** The page's source and time line. */
	metaLines: HalvesSchema,
	/** How the title prints: `[视频]{title}`, or `{title}` alone. */
	titles: HalvesSchema,
	/** Share prompts. */
	share: HalvesSchema,
	/** 编辑 / 责任编辑 lines. */
	editors: HalvesSchema,
	/** Related-video lists (a head, then other items' titles). */
	related: HalvesSchema,
	/** App prompts. */
	appPrompts: HalvesSchema,
	/** Characters names are drawn from. */
	surnames: z.string().min(1),
	givenChars: z.string().min(1),
});

/**
 * Reads `eval/tv-news-furniture.json` (or `path`) and returns the wording of one half.
 * @throws {Error} naming the file and the reason when it is missing, not JSON, or invalid.
 */
export function readTvNewsFurniture(
	half: WordingHalf,
	path = join(PROJECT_ROOT, 'eval/tv-news-furniture.json'),
): TvFurnitureWording {
	const f = readEvalFile(TvNewsFurnitureSchema, path);
	return {
		siteHeaders: f.siteHeaders[half],
		programme: f.programme[half],
		metaLines: f.metaLines[half],
		titles: f.titles[half],
		share: f.share[half],
		editors: f.editors[half],
		related: f.related[half],
		appPrompts: f.appPrompts[half],
		surnames: f.surnames,
		givenChars: f.givenChars,
	};
}
