import { z } from 'astro/zod';
import { withAncestors } from '../geo/gazetteer.ts';
import type { Article } from '../schema/release.ts';
import { ArticleKindSchema, ThemeIdSchema } from '../schema/taxonomy.ts';

/** One hand-labelled item of a sample page (see eval/gold/README.md). */
export const GoldItemSchema = z.object({
	title: z.string().optional(),
	lead: z.string().optional(),
	kind: ArticleKindSchema,
	date: z.string().nullable(),
	source: z.string(),
	region: z.string(),
	regions: z.array(z.string()),
	primaryThemes: z.array(ThemeIdSchema),
	themes: z.array(ThemeIdSchema),
});
export const GoldSetSchema = z.record(z.string(), z.array(GoldItemSchema));
type GoldItem = z.output<typeof GoldItemSchema>;
export type GoldSet = z.output<typeof GoldSetSchema>;

/** A hit rate with its counts, so the report can print `12/14`. */
interface Ratio {
	hits: number;
	total: number;
}

interface TaggingScores {
	split: { precision: Ratio; recall: Ratio };
	kind: Ratio;
	date: Ratio;
	source: Ratio;
	region: Ratio;
	regions: { precision: Ratio; recall: Ratio };
	primaryTheme: Ratio;
	themes: { precision: Ratio; recall: Ratio };
	/** Gold items no predicted item matched, as `file: title`. */
	missed: string[];
	/** Predicted items that match no gold item. */
	extra: string[];
	/** Fields of matched items that differ from the gold, as `title: field predicted ≠ gold`. */
	mismatches: string[];
}

const norm = (s: string) => s.replace(/[\s"“”‘’'「」:：,，]/g, '');

function matches(gold: GoldItem, article: Article): boolean {
	if (gold.title) {
		const g = norm(gold.title);
		const heads = [
			article.title,
			`${article.kicker ?? ''}${article.title}`,
			`${article.title}${article.subtitle ?? ''}`,
		].map(norm);
		return heads.some((h) => h.length > 0 && (h.includes(g) || g.includes(h)));
	}
	return gold.lead !== undefined && norm(article.body).slice(0, 200).includes(norm(gold.lead));
}

const ratio = (): Ratio => ({ hits: 0, total: 0 });
function count(r: Ratio, ok: boolean): void {
	r.total++;
	if (ok) r.hits++;
}

/** Scores predicted articles against the gold set, file by file. */
export function scoreTagging(gold: GoldSet, predicted: Map<string, Article[]>): TaggingScores {
	const s: TaggingScores = {
		split: { precision: ratio(), recall: ratio() },
		kind: ratio(),
		date: ratio(),
		source: ratio(),
		region: ratio(),
		regions: { precision: ratio(), recall: ratio() },
		primaryTheme: ratio(),
		themes: { precision: ratio(), recall: ratio() },
		missed: [],
		extra: [],
		mismatches: [],
	};
	for (const [file, items] of Object.entries(gold)) {
		const articles = predicted.get(file) ?? [];
		const used = new Set<Article>();
		for (const item of items) {
			const article = articles.find((a) => !used.has(a) && matches(item, a));
			count(s.split.recall, article !== undefined);
			if (!article) {
				s.missed.push(`${file}: ${item.title ?? item.lead ?? ''}`);
				continue;
			}
			used.add(article);
			scoreItem(s, item, article);
		}
		for (const a of articles) {
			count(s.split.precision, used.has(a));
			if (!used.has(a)) s.extra.push(`${file}: ${a.title}`);
		}
	}
	return s;
}

function scoreItem(s: TaggingScores, item: GoldItem, article: Article): void {
	const check = (r: Ratio, ok: boolean, field: string, got: unknown, want: unknown) => {
		count(r, ok);
		if (!ok)
			s.mismatches.push(
				`${article.title}: ${field} ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`,
			);
	};
	check(s.kind, article.kind === item.kind, 'kind', article.kind, item.kind);
	if (item.date !== null)
		check(s.date, article.date?.startsWith(item.date) ?? false, 'date', article.date, item.date);
	if (item.source !== '')
		check(s.source, article.source === item.source, 'source', article.source, item.source);
	check(s.region, article.region === item.region, 'region', article.region, item.region);
	// A predicted region is right when it is a gold region or lies above one (深圳 above 宝安).
	const goldCovered = new Set(item.regions.flatMap((c) => withAncestors(c)));
	for (const code of article.regions) count(s.regions.precision, goldCovered.has(code));
	for (const code of item.regions) {
		count(
			s.regions.recall,
			article.regions.some((p) => withAncestors(p).includes(code)),
		);
	}
	if (item.primaryThemes.length > 0) {
		check(
			s.primaryTheme,
			item.primaryThemes.some((t) => t === article.themes[0]),
			'theme',
			article.themes[0],
			item.primaryThemes,
		);
	}
	for (const t of article.themes) count(s.themes.precision, item.themes.includes(t));
	for (const t of item.themes) count(s.themes.recall, article.themes.includes(t));
}

/** `83.3% (10/12)`, or `n/a` when nothing was counted. */
export function formatRatio(r: Ratio): string {
	return r.total === 0 ? 'n/a' : `${((100 * r.hits) / r.total).toFixed(1)}% (${r.hits}/${r.total})`;
}
