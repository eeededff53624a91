import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	DuplicateIndex,
	estimateSimilarity,
	minhashSignature,
	normalizeForDedupe,
} from './dedupe.ts';

// Real text: the 峄城 press conference page and the 陵城 report from the bundled samples.
const yicheng = readFileSync('content/sources/003_e01ca59eb94a4339.txt', 'utf8');
const lingcheng = readFileSync('content/sources/001_656a4e0b7189dfe8.txt', 'utf8');

function paragraphs(text: string): string[] {
	return text
		.split(/\n+/)
		.map((p) => p.trim())
		.filter((p) => p.length > 40);
}

function signature(text: string): Uint32Array {
	const s = minhashSignature(text);
	if (!s) throw new TypeError('expected a signature');
	return s;
}

describe('near-duplicate detection', () => {
	const original = paragraphs(yicheng).join('\n');
	// Another outlet's copy: new byline, one paragraph cut, full-width punctuation swapped.
	const republished = ['(来源:大众网 记者 王某)', ...paragraphs(yicheng).slice(0, -1)]
		.join('\n')
		.replaceAll(',', '，');

	test('同一篇通稿被另一家媒体小改后转载, 判为重复', () => {
		const index = new DuplicateIndex();
		index.add('yicheng', signature(original));
		const match = index.find(signature(republished));
		expect(match?.id).toBe('yicheng');
		expect(match?.similarity).toBeGreaterThan(0.75);
	});

	test('同一主题的不同文章 (峄城 与 陵城) 不判为重复', () => {
		const index = new DuplicateIndex();
		index.add('yicheng', signature(original));
		expect(index.find(signature(paragraphs(lingcheng).join('\n')))).toBeNull();
		expect(
			estimateSimilarity(signature(original), signature(paragraphs(lingcheng).join('\n'))),
		).toBeLessThan(0.1);
	});

	test('文章不与自己比较', () => {
		const index = new DuplicateIndex();
		index.add('yicheng', signature(original));
		expect(index.find(signature(original), 'yicheng')).toBeNull();
		expect(index.find(signature(original))?.similarity).toBe(1);
	});

	test('几篇都相同时取编号最小的一篇，与加入的先后无关', () => {
		const index = new DuplicateIndex();
		index.add('b-copy', signature(original));
		index.add('lingcheng', signature(paragraphs(lingcheng).join('\n')));
		index.add('a-copy', signature(original));
		index.add('a-copy', signature(original));
		expect(index.find(signature(republished))?.id).toBe('a-copy');
		expect(index.find(signature(original), 'a-copy')).toEqual({ id: 'b-copy', similarity: 1 });
	});

	test('图片说明这类短文本不做判断', () => {
		expect(minhashSignature('1月18日,贵州省铜仁市玉屏侗族自治县第五幼儿园开展活动。')).toBeNull();
	});

	test('签名只取决于字母和数字: 标点、空格、孤立代理项不计, 扩展区汉字 (𠀀) 计入', () => {
		const text = `${paragraphs(yicheng)[0] ?? ''} 𠀀𠀁 \ud840 😀 Ⅻ ٣`;
		expect(minhashSignature(text)).toEqual(minhashSignature(normalizeForDedupe(text)));
		expect(normalizeForDedupe(text)).toContain('𠀀𠀁');
		expect(minhashSignature(text)).not.toEqual(minhashSignature(text.replace('𠀀𠀁', '')));
	});

	test('归一化与按 Unicode 字母数字类删字的正则逐字相同 (样例每行, 代理项在首尾)', () => {
		const byPattern = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
		const lines = [...yicheng.split('\n'), ...lingcheng.split('\n')];
		const edges = [
			'\ud840',
			'\udc00峄城',
			'峄城\ud840',
			'𠀀',
			'😀𠀀，峄城',
			'',
			'，。',
			'Ⅻ٣\ud840\udc00',
		];
		for (const text of [...lines, ...edges]) expect(normalizeForDedupe(text)).toBe(byPattern(text));
	});
});
