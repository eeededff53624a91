import { expect, test } from 'vitest';
import { aggregateSlogans } from './slogans.ts';
import { articleDocument } from './test-article-document.ts';

const doc = (id: string, slogans: string[], date: string) => articleDocument({ id, slogans, date });

test('variants of one formula across articles are one row, in the wording most used', () => {
	const usages = aggregateSlogans([
		doc('a', ['有求必应、无事不扰'], '2022-01-02'),
		doc('b', ['无事不扰 有求必应'], '2022-03-01'),
		doc('c', ['无事不扰，有求必应', '互联网＋政务服务'], '2023-05-01'),
		doc('d', ['无事不扰 有求必应', '互联网+政务服务'], '2023-06-01'),
	]);
	expect(usages.map((u) => [u.slogan, u.count])).toEqual([
		['无事不扰 有求必应', 4],
		['互联网＋政务服务', 2],
	]);
	expect(usages[0]?.first?.articleId).toBe('a');
});
