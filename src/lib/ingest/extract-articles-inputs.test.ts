import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractArticles } from './extract-articles.ts';

// Inputs extraction must refuse or read in spite of their shape; the sample pages' articles are
// checked in extract-articles.test.ts.
const sources = new URL('../../../content/sources/', import.meta.url);
const seedName = (prefix: string) => readdirSync(sources).find((f) => f.startsWith(prefix))!;
const seedBytes = (prefix: string) => readFileSync(new URL(seedName(prefix), sources));

describe('rejected inputs', () => {
	test('an empty file gives one fatal diagnostic and no articles', () => {
		expect(extractArticles({ path: 'empty.txt', bytes: new Uint8Array() })).toMatchInlineSnapshot(`
			{
			  "articles": [],
			  "diagnostics": [
			    {
			      "fatal": true,
			      "file": "empty.txt",
			      "reason": "the file is empty (no bytes); remove it or put the page text in it.",
			      "ruleId": "empty-file",
			    },
			  ],
			}
		`);
	});

	test('maxBytes rejects a large page', () => {
		const { diagnostics } = extractArticles(
			{ path: 'p.txt', bytes: seedBytes('002') },
			{ maxBytes: 1000 },
		);
		expect(diagnostics.map((d) => d.ruleId)).toEqual(['file-too-large']);
	});

	test('an item without a body is dropped with a warning', () => {
		const text =
			'上海出台相关举措\n\n高质效办好检察信访案件\n\n本报上海1月18日电(记者巨云鹏)\n\n河北威县\n\n党建引领推进乡村全面振兴\n\n本报石家庄1月18日电(记者张腾扬)寒冬腊月,河北威县赵村镇乐宝基地仍是一片繁忙的生产景象。\n';
		expect(extractArticles({ path: 'cut.txt', bytes: new TextEncoder().encode(text) }).diagnostics)
			.toMatchInlineSnapshot(`
			[
			  {
			    "fatal": false,
			    "file": "cut.txt",
			    "line": 1,
			    "reason": "the item “高质效办好检察信访案件” has no usable body (0 Chinese characters) and was skipped; check whether the page was cut off.",
			    "ruleId": "empty-item",
			  },
			]
		`);
	});
});

test('an item with too short a body is dropped with its count of Chinese characters', () => {
	const text =
		'上海出台相关举措\n\n高质效办好检察信访案件\n\n本报上海1月18日电(记者巨云鹏)现场办公，当场答复。\n\n河北威县\n\n党建引领推进乡村全面振兴\n\n本报石家庄1月18日电(记者张腾扬)寒冬腊月,河北威县赵村镇乐宝基地仍是一片繁忙的生产景象。\n';
	const { diagnostics } = extractArticles({
		path: 'short.txt',
		bytes: new TextEncoder().encode(text),
	});
	expect(diagnostics.map((d) => d.reason)).toMatchInlineSnapshot(`
		[
		  "the item “高质效办好检察信访案件” has no usable body (8 Chinese characters) and was skipped; check whether the page was cut off.",
		]
	`);
});

test('a page whose only item has no body is rejected', () => {
	const text = '上海出台相关举措\n\n高质效办好检察信访案件\n\n本报上海1月18日电(记者巨云鹏)\n';
	const { articles, diagnostics } = extractArticles({
		path: 'cut.txt',
		bytes: new TextEncoder().encode(text),
	});
	expect(articles).toEqual([]);
	expect(diagnostics.map((d) => [d.ruleId, d.fatal])).toEqual([
		['empty-item', false],
		['no-articles', true],
	]);
});

describe('fixtures', () => {
	const fixtures = new URL('fixtures/', import.meta.url);
	for (const name of readdirSync(fixtures).filter((n) => !n.includes('.') && n !== 'seeds')) {
		test(`fixture ${name}`, async () => {
			const input = readdirSync(new URL(`${name}/`, fixtures)).find((f) => f.startsWith('input.'))!;
			const bytes = readFileSync(new URL(`${name}/${input}`, fixtures));
			const result = extractArticles({ path: input, bytes });
			await expect(`${JSON.stringify(result, null, '\t')}\n`).toMatchFileSnapshot(
				`fixtures/${name}/expected.json`,
			);
		});
	}
	for (const seed of readdirSync(sources).filter((f) => f.endsWith('.txt'))) {
		test(`seed page ${seed}`, async () => {
			const result = extractArticles({ path: seed, bytes: readFileSync(new URL(seed, sources)) });
			await expect(`${JSON.stringify(result, null, '\t')}\n`).toMatchFileSnapshot(
				`fixtures/seeds/${seed.replace(/\.txt$/, '.json')}`,
			);
		});
	}
});
