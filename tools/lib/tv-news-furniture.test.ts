import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readTvNewsFurniture } from './tv-news-furniture.ts';

test('eval/tv-news-furniture.json 的 dev 与 held 两套措辞互不相同（只有原样标题可以共用）', () => {
	const dev = readTvNewsFurniture('dev');
	const held = readTvNewsFurniture('held');
	for (const kind of ['siteHeaders', 'programme', 'metaLines', 'share', 'editors'] as const)
		for (const t of dev[kind]) expect(held[kind]).not.toContain(t);
	expect(dev.titles).toContain('{title}');
});

test('两套措辞有重叠时报错，并指出文件', () => {
	const dir = mkdtempSync(join(tmpdir(), 'tv-furniture-'));
	const path = join(dir, 'tv.json');
	const same = { dev: ['分享到：'], held: ['分享到：'] };
	const half = { dev: ['甲'], held: ['乙'] };
	writeFileSync(
		path,
		JSON.stringify({
			siteHeaders: half,
			programme: half,
			metaLines: half,
			titles: half,
			share: same,
			editors: half,
			related: half,
			appPrompts: half,
			surnames: '王',
			givenChars: '明',
		}),
	);
	expect(() => readTvNewsFurniture('dev', path)).toThrow(/tv\.json[\s\S]*disjoint/);
});
