import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { searchConfigPath } from '../config-path.ts';
import { ThemeConfigError } from '../errors.ts';
import { issueLines } from './friendly-errors.ts';
import { THEME_IDS, ThemeIdSchema } from './taxonomy.ts';
import { readThemeModel, type ThemeModel } from './theme-model.ts';
import { readMeasureModel, type MeasureModel } from '../nlp/measure-model.ts';

const KeywordListSchema = z.array(z.string().min(1)).default([]);
const SlugSchema = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens');

/** A sub-theme: one row of the compare page, recognised by its keywords. */
const SubThemeSchema = z.object({
	/** Slug, unique inside its theme; measures store it as `<theme>/<sub>`. */
	id: SlugSchema,
	/** Chinese label shown to readers, e.g. 挂职锻炼. */
	label: z.string().min(1),
	/** Phrases that name this sub-theme; they also count for the theme. */
	keywords: z.array(z.string().min(1)).min(1),
});

/** One theme of the taxonomy with its matching rules. */
const ThemeRuleSchema = z.object({
	/** Fixed id from `src/lib/schema/taxonomy.ts`. */
	id: ThemeIdSchema,
	/** Chinese label, e.g. 干部交流轮岗. */
	label: z.string().min(1),
	/** One sentence for editors, shown on the theme page. */
	description: z.string().min(1),
	/** Keywords by evidence strength. */
	keywords: z
		.object({ strong: KeywordListSchema, medium: KeywordListSchema, weak: KeywordListSchema })
		.strict(),
	/** Sub-themes used to align measures across regions. */
	subThemes: z.array(SubThemeSchema).default([]),
	/** Phrases that look like this theme but are not (政治生态 for ecology); they block and subtract. */
	negative: KeywordListSchema,
});

/** Scoring knobs shared by all themes (see the comment at the top of themes.yaml). */
const ScoringSchema = z.object({
	/** Weight of one hit per keyword strength. */
	weights: z.object({
		strong: z.number().positive(),
		medium: z.number().positive(),
		weak: z.number().positive(),
		subTheme: z.number().positive(),
		negative: z.number().nonnegative(),
	}),
	/** How many times a title hit counts. */
	titleFactor: z.number().positive(),
	/** Score a theme needs on a very short text. */
	minScore: z.number().nonnegative(),
	/** Extra score needed per 1000 characters of body. */
	perThousandChars: z.number().nonnegative(),
	/** Fraction of the best theme's score a further theme needs. */
	relativeToTop: z.number().min(0).max(1),
	/** Most themes returned for one text. */
	maxThemes: z.number().int().positive(),
	/** Body length (characters) from which a theme needs `longTextMinTerms` distinct phrases. */
	longTextChars: z.number().int().nonnegative().default(300),
	/** Distinct phrases, weak keywords aside, a theme needs on a long text (one word can be incidental). */
	longTextMinTerms: z.number().int().positive().default(2),
});

/** How the learned classifier (`search-config/theme-model.json`) joins the keyword rules. */
const ClassifierSchema = z.object({
	/** Texts shorter than this (measure clauses) are tagged by the rules alone. */
	minChars: z.number().int().nonnegative(),
	/** Weight of the classifier's `log p`: how far it may overrule the keywords. */
	modelWeight: z.number().nonnegative(),
	/** Weight of `log(1 + rule score)` of the whole text. */
	ruleWeight: z.number().nonnegative(),
	/** Weight of `log(1 + rule score)` of the headline alone. */
	titleWeight: z.number().nonnegative(),
	/** Weight of `log(1 + rule score)` of the lead alone. */
	leadWeight: z.number().nonnegative(),
	/** Length of the lead: the opening of the body where a report states its subject. */
	leadChars: z.number().int().positive(),
	/** A theme the rules did not keep joins the set when the model gives it this probability. */
	minProbability: z.number().min(0).max(1),
	/** With no rule theme, the model's best theme needs this probability, else the text gets none. */
	abstainBelow: z.number().min(0).max(1),
});

const CLASSIFIER_DEFAULTS = {
	minChars: 150,
	modelWeight: 1,
	ruleWeight: 1,
	titleWeight: 0,
	leadWeight: 0,
	leadChars: 150,
	minProbability: 0.5,
	abstainBelow: 0.3,
};

/** The whole `search-config/themes.yaml`. */
const ThemeConfigSchema = z
	.object({
		scoring: ScoringSchema,
		/** Optional: defaults apply when the file has no `classifier` section. */
		classifier: ClassifierSchema.default(CLASSIFIER_DEFAULTS),
		themes: z.array(ThemeRuleSchema),
	})
	.superRefine((config, ctx) => {
		const seen = new Set<string>();
		config.themes.forEach((theme, index) => {
			if (seen.has(theme.id))
				ctx.addIssue({
					code: 'custom',
					path: ['themes', index, 'id'],
					message: `theme \`${theme.id}\` is listed twice`,
				});
			seen.add(theme.id);
			const subs = new Set<string>();
			theme.subThemes.forEach((sub, subIndex) => {
				if (subs.has(sub.id))
					ctx.addIssue({
						code: 'custom',
						path: ['themes', index, 'subThemes', subIndex, 'id'],
						message: `sub-theme \`${sub.id}\` is listed twice`,
					});
				subs.add(sub.id);
			});
		});
		const missing = THEME_IDS.filter((id) => !seen.has(id));
		if (missing.length > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['themes'],
				message: `missing theme ids: ${missing.join(', ')}`,
			});
	});
/**
 * The theme rules, plus the learned classifier when `search-config/theme-model.json` exists and the
 * measure model when `search-config/measure-model.json` does.
 */
export type ThemeConfig = z.output<typeof ThemeConfigSchema> & {
	model?: ThemeModel;
	measureModel?: MeasureModel;
};

/** Writes a zod path with theme ids instead of indexes: `themes[ecology].keywords.strong[2]`. */
function formatPath(path: readonly PropertyKey[], data: unknown): string {
	let out = '';
	let node: unknown = data;
	for (const key of path) {
		const child =
			node !== null && typeof node === 'object'
				? (node as Record<PropertyKey, unknown>)[key]
				: undefined;
		if (typeof key === 'number') {
			const id =
				child !== null && typeof child === 'object' ? (child as { id?: unknown }).id : undefined;
			out += typeof id === 'string' ? `[${id}]` : `[${key}]`;
		} else out += out === '' ? String(key) : `.${String(key)}`;
		node = child;
	}
	return out === '' ? '(root)' : out;
}

/**
 * Parses and validates the YAML text of a theme configuration.
 * @throws {ThemeConfigError} naming the YAML path of every problem.
 */
export function loadThemeConfig(yamlText: string): ThemeConfig {
	let data: unknown;
	try {
		data = parseYaml(yamlText);
	} catch (error) {
		throw new ThemeConfigError([`YAML syntax: ${(error as Error).message}`], { cause: error });
	}
	const result = ThemeConfigSchema.safeParse(data);
	if (result.success) return result.data;
	throw new ThemeConfigError(
		issueLines(result.error, (path) => formatPath(path, data)),
		{ cause: result.error },
	);
}

/**
 * Reads and validates `search-config/themes.yaml` and, when present, the classifier
 * `search-config/theme-model.json`: under `rootDir` when given, else where
 * {@link searchConfigPath} finds it (the source tree, `JUCUO_CONFIG_DIR`, or the working directory
 * of a bundled server).
 * @throws {ThemeConfigError} when the file cannot be read or is not a valid configuration.
 * @throws {ThemeModelError} when the model file exists but is not valid.
 * @throws {MeasureModelError} when the measure model file exists but is not valid.
 */
export function readThemeConfig(rootDir?: string): ThemeConfig {
	const path = rootDir
		? join(rootDir, 'search-config', 'themes.yaml')
		: searchConfigPath('themes.yaml');
	const modelPath = rootDir
		? join(rootDir, 'search-config', 'theme-model.json')
		: searchConfigPath('theme-model.json');
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new ThemeConfigError([`cannot read ${path}: ${(error as Error).message}`], {
			cause: error,
		});
	}
	const config = loadThemeConfig(text);
	const model = readThemeModel(modelPath);
	const measureModel = readMeasureModel(
		rootDir
			? join(rootDir, 'search-config', 'measure-model.json')
			: searchConfigPath('measure-model.json'),
	);
	return { ...config, ...(model ? { model } : {}), ...(measureModel ? { measureModel } : {}) };
}
