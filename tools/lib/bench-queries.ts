import { allDivisions } from '../../src/lib/geo/gazetteer.ts';
import { THEME_IDS, type ThemeId } from '../../src/lib/schema/taxonomy.ts';
import type { SearchBackend } from '../../src/lib/search/types.ts';
import { createRandom } from './synthetic-corpus.ts';
import type { BenchQuery } from './naive-fts.ts';

// Everyday policy vocabulary of Chinese government news, not drawn from any one article.
const WORDS = [
	'乡村振兴',
	'营商环境',
	'疫情防控',
	'高质量发展',
	'科技创新',
	'生态环境',
	'就业',
	'改革',
	'干部',
	'基层治理',
	'脱贫攻坚',
	'人才',
	'教育',
	'医疗',
	'养老',
	'消费',
	'投资',
	'项目建设',
	'城市更新',
	'农业',
	'制造业',
	'数字经济',
	'安全生产',
	'党建',
	'作风建设',
	'民生',
	'文化',
	'旅游',
	'交通',
	'水利',
	'粮食',
	'对外开放',
	'企业',
	'扶贫',
	'环境保护',
	'法治',
	'防汛',
	'碳达峰',
	'新能源',
	'冬奥会',
	'春节',
	'志愿服务',
];

/** `n` realistic queries: one or two policy words, each with a province or a theme filter. */
export function benchQueries(n = 200, seed = 7): BenchQuery[] {
	const random = createRandom(seed);
	const provinces = allDivisions()
		.filter((d) => d.level === 'province')
		.map((d) => d.code);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
	return Array.from({ length: n }, (_, i) => {
		const q = random() < 0.3 ? `${pick(WORDS)} ${pick(WORDS)}` : pick(WORDS);
		return i % 2 === 0 ? { q, region: pick(provinces) } : { q, theme: pick(THEME_IDS) };
	});
}

/**
 * Asks `backend` every query the same way in each run (its filter, province and theme facets, 10
 * hits with snippets), one after another; pushes each time into `times` and returns the time from
 * `t0` (before the backend was opened) to the first answer.
 */
export async function timeBackendQueries(
	backend: Pick<SearchBackend, 'search'>,
	queries: BenchQuery[],
	t0: number,
	times: number[],
): Promise<number> {
	let coldMs = 0;
	for (const [i, q] of queries.entries()) {
		const s = performance.now();
		await backend.search('articles', {
			q: q.q,
			filters: q.region ? { region: [q.region] } : { theme: [q.theme as ThemeId] },
			facets: ['province', 'theme'],
			hitsPerPage: 10,
		});
		times.push(performance.now() - s);
		if (i === 0) coldMs = performance.now() - t0;
	}
	return coldMs;
}

/** The `p`th percentile of ascending `sorted` times (nearest rank). */
export function percentileOf(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
