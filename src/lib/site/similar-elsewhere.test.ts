import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { SearchHit } from '../search/types.ts';
import { pickReferenceMeasure, spreadByProvince } from './similar-elsewhere.ts';

// Sentences of a bundled sample page (real text), in page order.
const page = readFileSync(
	fileURLToPath(new URL('../../../content/sources/004_7ea665e52a611658.txt', import.meta.url)),
	'utf8',
);
const sentences = page.split(/(?<=。)/u).map((s) => s.trim());
const measure = (text: string, quantities = 0) => ({
	text,
	quantities: Array.from({ length: quantities }, () => ({
		text: 'x',
		value: 1,
		unit: '',
		subject: '',
		kind: 'count' as const,
	})),
	subThemes: [],
});

test('does not take the preamble 今年以来,市委聚焦…… as the reference measure', () => {
	const preamble = sentences.find((s) => s.startsWith('今年以来'));
	const audit = sentences.find((s) => s.includes('精准深入督导方案'));
	const rotation = sentences.find((s) => s.includes('内部轮岗2700余人次'));
	if (!preamble || !audit || !rotation) throw new Error('sample page changed');
	const measures = [measure(preamble), measure(audit), measure(rotation, 4)];
	expect(pickReferenceMeasure(measures)?.text).toBe(rotation);
	// Without stated quantities, digits and a document title (《…》) still beat the preamble.
	expect(pickReferenceMeasure([measure(preamble), measure(audit)])?.text).toBe(audit);
	expect(pickReferenceMeasure([])).toBeUndefined();
});

const hit = (id: string, code: string) => ({ id, region: { code, name: code } }) as SearchHit;

test('lets provinces take turns: 山东 hits do not crowd out 广东 and 浙江', () => {
	const ranked = [
		hit('a', '371702'),
		hit('b', '370404'),
		hit('c', '371403'),
		hit('d', '440306'),
		hit('e', '370400'),
		hit('f', '330100'),
	];
	expect(spreadByProvince(ranked, 4).map((h) => h.id)).toEqual(['a', 'd', 'f', 'b']);
	expect(spreadByProvince(ranked, 10)).toHaveLength(6);
});
