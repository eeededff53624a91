import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import type { ThemeLabel } from './theme-label-file.ts';
import { readThemeTraining } from '../../src/lib/schema/theme-training.ts';
import { PROJECT_ROOT } from './project.ts';
import { readTrainingDocs } from './theme-training-docs.ts';

// Three corpus rows on the same subject: one labelled, two the rules could label.
const body = (n: number) =>
	`　　${n}月以来，某县深入实施乡村振兴战略，发展乡村特色产业，推进农村人居环境整治，` +
	'完善农村基础设施，建设宜居宜业和美乡村，带动农民增收致富，全面推进乡村振兴。'.repeat(6);
const rows = [1, 2, 3].map((n) => ({
	id: `rmrb-test-${n}`,
	title: '某县推进乡村振兴',
	date: '2020-05-06',
	source: '人民日报',
	text: body(n),
}));

function corpusFile(): string {
	const path = join(mkdtempSync(join(tmpdir(), 'jucuo-theme-docs-')), 'corpus.jsonl.gz');
	writeFileSync(path, gzipSync(rows.map((r) => JSON.stringify(r)).join('\n')));
	return path;
}

describe('readTrainingDocs', () => {
	const rules = readThemeConfig();
	const training = readThemeTraining(join(PROJECT_ROOT, 'search-config/theme-training.json'));
	const label: ThemeLabel = {
		id: 'rmrb-test-1',
		primary: 'rural-revitalization',
		themes: ['rural-revitalization'],
	};

	it('reads labelled articles apart and lets the rules label the rest', async () => {
		const docs = await readTrainingDocs(corpusFile(), rules, training, [label], new Map());
		expect(docs.labelled.map((d) => d.id)).toEqual(['rmrb-test-1']);
		expect(docs.weak).toHaveLength(2);
	});

	it('reads a held-out article into nothing, labelled or not', async () => {
		const heldOut = new Set(['rmrb-test-1', 'rmrb-test-3']);
		const docs = await readTrainingDocs(corpusFile(), rules, training, [label], new Map(), heldOut);
		expect(docs.labelled).toHaveLength(0);
		expect(docs.weak).toHaveLength(1);
		expect(docs.read).toBe(3);
	});
});
