import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createDictionarySegmenter } from './port-segmenters.ts';
import { loadJiebaDictionary } from './dictionary.ts';
import { createJiebaSegmenter } from './nodejieba-segmenter.ts';

const nodejieba = createJiebaSegmenter();
// Compiled in memory: the same inputs as nodejieba's, nothing written.
const compiled = createDictionarySegmenter(loadJiebaDictionary());

const SOURCES = new URL('../../../../content/sources/', import.meta.url);
const sampleSentences = readdirSync(SOURCES)
	.filter((f) => f.endsWith('.txt'))
	.flatMap((f) => readFileSync(new URL(f, SOURCES), 'utf8').split(/(?<=[。！？；\n])/u))
	.filter((s) => s.trim() !== '');

const TRICKY = [
	'',
	' ',
	'\t\n  \r\n',
	'，。，，。',
	'组织591名干部,增长5.8%,办结率99.3%',
	'１２３．４５％和１２３.４５%',
	'ＡＢＣ ａｂｃ ＧＤＰ增长',
	'iPhone15Pro和5G网络、A股、T恤、3.14.15、v1.2.3-beta',
	'𠮷野家的𠮷字和😀表情',
	'半个\uD800孤立代理',
	'㐀㐁㐂罕见字连在一起',
	'2023年1月1日至12月31日',
	'第十四个五年规划和二〇三五年远景目标纲要',
	'“满意峄城”创建新闻发布会——山东省枣庄市峄城区',
	'中华人民共和国国务院新闻办公室2024年第3季度新闻发布会(文字实录)',
	'a b c 1 2 3 ab12 12ab 1.2.3 .5 5.',
];

// Characters for random strings: dictionary words and lone characters, ASCII letters, digits and
// punctuation, jieba's separators, full-width forms, characters outside the BMP, lone surrogates, NUL.
const ALPHABET = [
	...'中国人民政府发展改革委员会的了和在年月日亿万元第一二三',
	...['山东省', '枣庄市', '峄城区', '营商环境', '干部轮岗'],
	...'aBz059.%- \t\n\r，。、：“”（）１Ａ％\u3000·—',
	...['𠮷', '😀', '\uD800', '\uDC00', '\u0000'],
];
let seed = 1;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const randomStrings = Array.from({ length: 2000 }, () =>
	Array.from(
		{ length: 1 + Math.floor(random() * 30) },
		() => ALPHABET[Math.floor(random() * ALPHABET.length)],
	).join(''),
);

describe.each([['over the compiled dictionary', compiled]])(
	'cuts exactly as nodejieba %s',
	(_, port) => {
		test(`on every sentence of the samples (${sampleSentences.length})`, () => {
			expect(sampleSentences.length).toBeGreaterThan(100);
			for (const s of sampleSentences) {
				expect(port.cut(s), s).toEqual(nodejieba.cut(s));
				expect(port.cutForSearch?.(s), s).toEqual(nodejieba.cutForSearch?.(s));
			}
		});

		test.each(TRICKY)('on %j', (s) => {
			expect(port.cut(s)).toEqual(nodejieba.cut(s));
			expect(port.cutForSearch?.(s)).toEqual(nodejieba.cutForSearch?.(s));
		});

		test(`on ${randomStrings.length} random strings of mixed characters`, () => {
			for (const s of randomStrings) {
				expect(port.cut(s), JSON.stringify(s)).toEqual(nodejieba.cut(s));
				expect(port.cutForSearch?.(s), JSON.stringify(s)).toEqual(nodejieba.cutForSearch?.(s));
			}
		});

		test('on every whole sample page at once', () => {
			for (const f of readdirSync(SOURCES).filter((name) => name.endsWith('.txt'))) {
				const page = readFileSync(new URL(f, SOURCES), 'utf8');
				expect(port.cutForSearch?.(page), f).toEqual(nodejieba.cutForSearch?.(page));
			}
		});

		test('优化营商环境 → 优化, 营商, 环境, 营商环境 in search mode', () => {
			expect(port.cutForSearch?.('优化营商环境')).toEqual(['优化', '营商', '环境', '营商环境']);
		});

		test('keeps 峄城区 and 99.3% whole', () => {
			expect(port.cut('峄城区办结率99.3%')).toEqual(['峄城区', '办结率', '99.3%']);
		});
	},
);
