import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { searchConfigPath, searchConfigReader } from '../config-path.ts';
import { IndexBuildSchema, readIndexBuild } from './index-build.ts';
import { IngestArticlesSchema, readIngestArticles } from './ingest-articles.ts';
import { IngestLinesSchema, readIngestLines } from './ingest-lines.ts';
import { PlaceMentionsSchema, readPlaceMentions } from './place-mentions.ts';
import { readSloganShapes, SloganShapesSchema } from './slogan-shapes.ts';

afterEach(() => vi.unstubAllEnvs());

/** The shipped file `name`, changed by `edit`, read through a fresh reader from a folder of its own. */
function readEdited<S extends Parameters<typeof searchConfigReader>[0]>(
	schema: S,
	name: string,
	edit: (config: Record<string, Record<string, unknown>>) => void,
) {
	const config = JSON.parse(readFileSync(searchConfigPath(name), 'utf8')) as Record<
		string,
		Record<string, unknown>
	>;
	edit(config);
	const dir = mkdtempSync(join(tmpdir(), 'ingest-thresholds-'));
	writeFileSync(join(dir, name), JSON.stringify(config));
	vi.stubEnv('JUCUO_CONFIG_DIR', dir);
	return searchConfigReader(schema, name)();
}

test('the shipped ingest-lines.json, ingest-articles.json and place-context.json are valid', () => {
	expect(readIngestLines().hardWrap.minColumns).toBeGreaterThan(0);
	expect(readIngestArticles().dedupe.hashes % readIngestArticles().dedupe.bands).toBe(0);
	expect(readPlaceMentions().mentions.maxJoin).toBeGreaterThan(0);
});

test('a negative length and a share above 1 are refused, naming the file and each key', () => {
	expect(() =>
		readEdited(IngestLinesSchema, 'ingest-lines.json', (c) => {
			c['hardWrap']!['minRowHan'] = -6;
			c['captions']!['describesStory'] = 1.3;
		}),
	).toThrowErrorMatchingInlineSnapshot(`
		[SchemaValidationError: **search-config → ingest-lines.json** does not match its schema:
		- **captions.describesStory**: Too big: expected number to be <=1
		- **hardWrap.minRowHan**: Too small: expected number to be >=1]
	`);
});

test('a web section of ingest-lines.json with a share above 1, a zero length or a missing key is refused, naming each key', () => {
	expect(readIngestLines().webHead.minBlockShare).toBeLessThan(
		readIngestLines().webHead.minTitleShare,
	);
	expect(() =>
		readEdited(IngestLinesSchema, 'ingest-lines.json', (c) => {
			c['webHead']!['minKickerShare'] = 1.25;
			c['furnitureShapes']!['maxPathLine'] = 0;
			delete c['brokenHeadline']!['seamWindow'];
		}),
	).toThrowErrorMatchingInlineSnapshot(`
		[SchemaValidationError: **search-config → ingest-lines.json** does not match its schema:
		- **webHead.minKickerShare**: Too big: expected number to be <=1
		- **brokenHeadline.seamWindow**: Invalid input: expected number, received undefined
		- **furnitureShapes.maxPathLine**: Too small: expected number to be >=1]
	`);
});

test('a signature whose bins the bands do not divide is refused, naming the key', () => {
	expect(() =>
		readEdited(IngestArticlesSchema, 'ingest-articles.json', (c) => {
			c['dedupe']!['bands'] = 30;
		}),
	).toThrowErrorMatchingInlineSnapshot(`
		[SchemaValidationError: **search-config → ingest-articles.json** does not match its schema:
		- **dedupe.bands**: \`hashes\` must be a multiple of \`bands\`]
	`);
});

test('a missing key of place-context.json is named', () => {
	expect(() =>
		readEdited(PlaceMentionsSchema, 'place-context.json', (c) => {
			delete c['mentions']!['context'];
		}),
	).toThrowErrorMatchingInlineSnapshot(`
		[SchemaValidationError: **search-config → place-context.json** does not match its schema:
		- **mentions.context**: Invalid input: expected number, received undefined]
	`);
});

test('the shipped slogan-shapes.json is valid and a negative length in it is named', () => {
	expect(readSloganShapes().maxQuoted).toBeGreaterThan(readSloganShapes().minQuoted);
	expect(() =>
		readEdited(SloganShapesSchema, 'slogan-shapes.json', (c) => {
			(c as Record<string, unknown>)['maxHalf'] = -6;
		}),
	).toThrowErrorMatchingInlineSnapshot(`
		[SchemaValidationError: **search-config → slogan-shapes.json** does not match its schema:
		- **maxHalf**: Too small: expected number to be >=1]
	`);
});

test('the shipped index-build.json is valid, and a negative size, a share above 1 and a reversed range in it are named', () => {
	expect(readIndexBuild().bulk.optimizeShare).toBeLessThanOrEqual(1);
	expect(() =>
		readEdited(IndexBuildSchema, 'index-build.json', (c) => {
			c['bulk']!['ftsHashMib'] = -8;
			c['bulk']!['vacuumFreeShare'] = 1.5;
			c['meilisearchDictionary']!['min'] = 20;
		}),
	).toThrowErrorMatchingInlineSnapshot(`
		[SchemaValidationError: **search-config → index-build.json** does not match its schema:
		- **bulk.ftsHashMib**: Too small: expected number to be >=1
		- **bulk.vacuumFreeShare**: Too big: expected number to be <=1
		- **meilisearchDictionary.min**: \`min\` must not exceed \`max\`]
	`);
});
