import { describe, expect, test } from 'vitest';
import { SegmenterUnavailableError } from '../../errors.ts';
import { allDivisions } from '../../geo/gazetteer.ts';
import { createJiebaSegmenter, rawJiebaCut, toSegmenterError } from './nodejieba-segmenter.ts';
import { divisionSurfaces } from './user-dictionary.ts';

const segmenter = createJiebaSegmenter();

// Sentences from the bundled samples; the snapshot is the reviewed segmentation.
const SENTENCES = [
	'2023年以来,宝安区组织全区591名干部挂点对接区内企业。',
	'枣庄市峄城区召开思想能力作风问题曝光暨“满意峄城”创建新闻发布会',
	'近日,我区分管工业的副区长杜昌春带领工信、金融监管及金融单位主要负责人到广鑫铁塔制造有限公司现场办公。',
	'每年都会有南迁的大雁栖息在菏泽东明的黄河滩',
	'近年来,山东河口经济开发区积极探索新形势下园区党建工作新路径',
	'分别高于全省、全市1.9个百分点和0.8个百分点;规上工业增加值增速19.5%,全市第一',
	'陵城:狠抓落实一线“点兵”励担当',
	'优化营商环境,推行“一网通办”“最多跑一次”,完善容错纠错机制,选派干部挂职锻炼',
];

describe('cut', () => {
	test('segments the sample sentences as reviewed', () => {
		expect(SENTENCES.map((s) => segmenter.cut(s).join(' | '))).toMatchSnapshot();
	});

	test('keeps place names whole: 峄城区, 牡丹区, 宝安区, 东营市 河口区', () => {
		expect(segmenter.cut('峄城区委')).toContain('峄城区');
		expect(segmenter.cut('牡丹区委决定')).toContain('牡丹区');
		expect(segmenter.cut('广东深圳宝安区组织')).toEqual(['广东', '深圳', '宝安区', '组织']);
		expect(segmenter.cut('东营市河口区')).toEqual(['东营市', '河口区']);
	});

	test('keeps every gazetteer name and short form whole in running text', () => {
		const cutInHalf: string[] = [];
		for (const division of allDivisions()) {
			for (const name of divisionSurfaces(division)) {
				for (const text of [`在${name}召开会议`, `近日，${name}组织干部`]) {
					let end = 0;
					const bounds = new Set([0, ...segmenter.cut(text).map((t) => (end += t.length))]);
					const start = text.indexOf(name);
					if (!bounds.has(start) || !bounds.has(start + name.length)) cutInHalf.push(text);
				}
			}
		}
		// 上党组织 / 解放组织 read as 上|党组织, 解放组织 in any dictionary: genuine ambiguities.
		expect(cutInHalf).toEqual(['近日，上党组织干部', '近日，解放组织干部']);
	});

	test('keeps numbers whole: 591, 5.8, 99.3%', () => {
		const tokens = segmenter.cut('组织591名干部,增长5.8%,办结率99.3%');
		expect(tokens).toContain('591');
		expect(tokens).toContain('5.8%');
		expect(tokens).toContain('99.3%');
	});

	test('drops whitespace and gives back the non-space text', () => {
		const text = '  乡村振兴 全面 推进\n营商环境  ';
		expect(segmenter.cut(text).join('')).toBe(text.replace(/\s/g, ''));
	});

	test('is deterministic', () => {
		expect(segmenter.cut(SENTENCES[2] ?? '')).toEqual(segmenter.cut(SENTENCES[2] ?? ''));
	});
});

describe('cutForSearch', () => {
	test('营商环境 also yields 营商 and 环境', () => {
		expect(segmenter.cutForSearch?.('优化营商环境')).toEqual(['优化', '营商', '环境', '营商环境']);
	});

	test('keeps numbers whole in search mode too', () => {
		expect(segmenter.cutForSearch?.('591名干部')).toContain('591');
	});
});

test('is one instance per process', () => {
	expect(createJiebaSegmenter()).toBe(segmenter);
});

test('BINDING_NOT_FOUND becomes SegmenterUnavailableError saying to run npm rebuild nodejieba', () => {
	const cause = Object.assign(new Error('nodejieba native binding was not found'), {
		code: 'BINDING_NOT_FOUND',
	});
	const error = toSegmenterError(cause);
	expect(error).toBeInstanceOf(SegmenterUnavailableError);
	expect(error.name).toBe('SegmenterUnavailableError');
	expect(error.cause).toBe(cause);
	expect(error.message.replace(process.version, 'vX')).toMatchInlineSnapshot(
		`"The Chinese word segmenter could not be loaded: the native binding of nodejieba is missing or does not fit Node vX (BINDING_NOT_FOUND). Ingest and search need it to cut text into words. Run \`npm rebuild nodejieba\` (it needs a C++ toolchain when no prebuilt binary fits this Node version), then try again."`,
	);
});

describe('rawJiebaCut', () => {
	test('cuts with the project dictionary and nothing after jieba', () => {
		const words = rawJiebaCut()('牡丹区营商环境完成率99.3%');
		// The place and the policy term come from the user dictionary; only the segmenter joins 99.3%.
		expect(words).toEqual(['牡丹区', '营商环境', '完成率', '99.3', '%']);
		expect(createJiebaSegmenter().cut('牡丹区营商环境完成率99.3%')).toContain('99.3%');
	});
});
