import { z } from 'astro/zod';
import { ArticleKindSchema, DatePrecisionSchema, ThemeIdSchema } from './taxonomy.ts';

/** A GB/T 2260 division code: six digits; `000000` stands for the whole country. */
export const RegionCodeSchema = z
	.string()
	.regex(/^\d{6}$/, 'a region code has six digits (GB/T 2260)');

/** Where a date or outlet was read: the page's own text, HTML metadata, the file name, or a CLI option. */
const MetaOriginSchema = z.enum(['text', 'meta', 'filename', 'option']);
export type MetaOrigin = z.output<typeof MetaOriginSchema>;

/** A number the text states, kept with its unit and its original wording. */
const QuantitySchema = z.object({
	/** The words as printed, e.g. `591名干部`, `5.8万家次`, `办结率99.3%`, `每2至3年`. */
	text: z.string().min(1),
	/** The numeric value with 万/亿 multipliers applied (5.8万 → 58000); the lower bound of a range. */
	value: z.number(),
	/** The upper bound when the text states a range (每2至3年 → 3). */
	valueMax: z.number().optional(),
	/** The unit or counter word as printed: 名, 家次, %, 亿元, 年 … */
	unit: z.string(),
	/** What is counted when the text says it (干部, 企业, 办结率); empty when it does not. */
	subject: z.string().default(''),
	/** What kind of number it is. */
	kind: z.enum(['count', 'money', 'percent', 'frequency', 'duration', 'other']),
});
export type Quantity = z.output<typeof QuantitySchema>;

/** One concrete action (举措) found in an article: one sentence or clause. */
const MeasureSchema = z.object({
	/** The clause as printed in the article body (original wording, no added spaces). */
	text: z.string().min(1),
	/** Themes of this measure alone (may differ from the article's). */
	themes: z.array(ThemeIdSchema).default([]),
	/** Sub-theme ids from `search-config/themes.yaml` (`<theme>/<sub>`), used to align comparisons. */
	subThemes: z.array(z.string()).default([]),
	/** Numbers the measure states. */
	quantities: z.array(QuantitySchema).default([]),
	/** Where this measure happens (GB/T 2260); the article's primary region unless the clause names another. */
	region: RegionCodeSchema,
});
export type Measure = z.output<typeof MeasureSchema>;

/**
 * Why an article carries one of its themes, as ingest decided it: the keyword rules (`by: 'rule'`,
 * `score` their weight in the text, `words` the phrases found, most weight first) or, where the rules
 * found nothing, the classifier (`by: 'model'`, `score` its probability).
 */
export const ThemeEvidenceSchema = z.object({
	theme: ThemeIdSchema,
	by: z.enum(['rule', 'model']),
	score: z.number().nonnegative(),
	words: z.array(z.string().min(1)).default([]),
	/** The classifier's probability as well, when it scored the text and the rules decided. */
	model: z.number().min(0).max(1).optional(),
});
export type ThemeEvidenceRecord = z.output<typeof ThemeEvidenceSchema>;

/** Frontmatter of one ingested article (Markdown file under `content/articles/`). */
export const ArticleFrontmatterSchema = z.object({
	/** Stable id derived from the source file and the item's place in it; re-ingesting the file updates it in place. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** Headline (主题). */
	title: z.string().min(1),
	/** True when the text had no headline and the title was made from its lead sentence. */
	titleGenerated: z.boolean().default(false),
	/** The line above the headline (引题), when the layout has one. */
	kicker: z.string().optional(),
	/** The line below the headline (副题), when the layout has one. */
	subtitle: z.string().optional(),
	/** Publication or event date, ISO `YYYY-MM-DD` (month/year precision pads with 01); null when unknown. */
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.nullable(),
	/** How much of `date` the source actually printed. */
	datePrecision: DatePrecisionSchema,
	/** Where `date` came from; absent when there is no date. */
	dateFrom: MetaOriginSchema.optional(),
	/** Newspaper or site that published it, e.g. 人民日报, 鲁网, 德州新闻网. */
	source: z.string().default(''),
	/** Where `source` came from; absent when there is no source. */
	sourceFrom: MetaOriginSchema.optional(),
	/** Reporters named in the byline. */
	reporters: z.array(z.string()).default([]),
	/** City of the dateline (`本报北京1月18日电` → 北京), when printed. */
	dateline: z.string().optional(),
	/** Path of the input file it came from, relative to the ingest root. */
	sourceFile: z.string(),
	/** Primary region: the most specific place the article is mainly about. */
	region: RegionCodeSchema,
	/** Every locality the article is about (most specific codes; ancestors are derived). */
	regions: z.array(RegionCodeSchema).min(1),
	/** Theme ids, most salient first. */
	themes: z.array(ThemeIdSchema).default([]),
	/** Why each theme was given, in the order of `themes`; absent on articles written before it was kept. */
	themeEvidence: z.array(ThemeEvidenceSchema).optional(),
	/** What kind of item this is. */
	kind: ArticleKindSchema,
	/** The concrete measures in the text. */
	measures: z.array(MeasureSchema).default([]),
	/** Quoted formulas (提法) the article uses, without quotation marks: 五比五看, 强副职、壮中层、激活力. */
	slogans: z.array(z.string()).default([]),
	/** Id of the article this one repeats (same release from another outlet), when it is a near-duplicate. */
	duplicateOf: z.string().optional(),
});
export type ArticleFrontmatter = z.output<typeof ArticleFrontmatterSchema>;

/** An article as the indexer and the site see it: frontmatter plus the Markdown body. */
export interface Article extends ArticleFrontmatter {
	/** Clean body text, paragraphs separated by blank lines. */
	body: string;
}
