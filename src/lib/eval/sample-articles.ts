import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Measure } from '../schema/release.ts';
import type { ThemeId } from '../schema/taxonomy.ts';

const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));

function lines(file: string, from: number, to?: number): string {
	return readFileSync(`${SOURCES}${file}`, 'utf8')
		.split('\n')
		.slice(from - 1, to)
		.map((l) => l.replace(/^#+\s*/u, '').replace(/\*\*/gu, ''))
		.join('\n')
		.trim();
}

function sentencesWith(body: string, word: string): string[] {
	return body
		.split(/(?<=[。；])/u)
		.filter((s) => s.includes(word))
		.map((s) => s.trim());
}

interface Spec {
	id: string;
	file: string;
	from: number;
	to?: number;
	title: string;
	date: string;
	source: string;
	region: string;
	regions?: string[];
	themes: ThemeId[];
	slogans?: string[];
	measureWords?: string[];
}

// Articles cut from the bundled sample pages (real text, unmodified), tagged by hand.
const SPECS: Spec[] = [
	{
		id: 'mudan-cadres',
		file: '000_e2a729dcf6ac5156.txt',
		from: 11,
		to: 28,
		title: '打造一支高素质能干事勇担当的干部队伍',
		date: '2023-11-30',
		source: '牡丹晚报',
		region: '371702',
		themes: ['cadre-rotation', 'cadre-work-style'],
		slogans: ['强副职、壮中层、激活力'],
		measureWords: ['轮岗', '交流'],
	},
	{
		id: 'mudan-wildlife',
		file: '000_e2a729dcf6ac5156.txt',
		from: 35,
		to: 46,
		title: '“野生动物”现身校园 乐坏了孩子们',
		date: '2023-11-30',
		source: '牡丹晚报',
		region: '371700',
		themes: ['ecology'],
	},
	{
		id: 'mudan-business',
		file: '000_e2a729dcf6ac5156.txt',
		from: 49,
		title: '2023年菏泽市优化营商环境主题系列新闻发布会第十七场召开',
		date: '2023-11-30',
		source: '牡丹晚报',
		region: '371702',
		themes: ['business-environment'],
		measureWords: ['营商环境'],
	},
	{
		id: 'lingcheng-frontline',
		file: '001_656a4e0b7189dfe8.txt',
		from: 5,
		title: '陵城:狠抓落实一线“点兵”励担当',
		date: '2023-06-01',
		source: '德州新闻网',
		region: '371403',
		themes: ['cadre-work-style', 'enterprise-service'],
	},
	{
		id: 'baoan-cadres',
		file: '002_6b241039d71ad9d0.txt',
		from: 5,
		to: 66,
		title: '广东深圳宝安区组织591名干部挂点走访企业',
		date: '2024-01-19',
		source: '人民日报',
		region: '440306',
		themes: ['enterprise-service'],
		measureWords: ['走访'],
	},
	{
		id: 'yicheng-style',
		file: '003_e01ca59eb94a4339.txt',
		from: 5,
		title: '枣庄市峄城区召开思想能力作风问题曝光暨“满意峄城”创建新闻发布会',
		date: '2022-05-10',
		source: '鲁网',
		region: '370404',
		themes: ['cadre-work-style'],
		slogans: ['五比五看', '十问十答'],
		measureWords: ['轮岗'],
	},
	{
		id: 'zaozhuang-style',
		file: '004_7ea665e52a611658.txt',
		from: 1,
		title: '以激励之道推动干部队伍素质提升',
		date: '2022-12-01',
		source: '枣庄日报',
		region: '370400',
		themes: ['cadre-work-style', 'cadre-rotation'],
		slogans: ['五比五看'],
		measureWords: ['轮岗'],
	},
];

/** Articles built from the bundled sample pages' real sentences: the `samples` set of `eval:search`, and the documents of the search tests. */
export function sampleArticles(): Article[] {
	return SPECS.map((s): Article => {
		const body = lines(s.file, s.from, s.to);
		const measures: Measure[] = (s.measureWords ?? [])
			.flatMap((w) => sentencesWith(body, w).slice(0, 2))
			.map((text) => ({
				text,
				themes: s.themes.slice(0, 1),
				subThemes: [],
				quantities: [],
				region: s.region,
			}));
		return {
			id: s.id,
			title: s.title,
			titleGenerated: false,
			date: s.date,
			datePrecision: 'day',
			source: s.source,
			reporters: [],
			sourceFile: `content/sources/${s.file}`,
			region: s.region,
			regions: s.regions ?? [s.region],
			themes: s.themes,
			kind: 'news',
			measures,
			slogans: s.slogans ?? [],
			body,
		};
	});
}
