import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { blindBatches } from './judge-pool.ts';
import { readJudgeGrades, writeJudgeRound } from './judge-files.ts';

const view = (id: string) => ({ title: `标题${id}`, region: '全国', text: `正文${id}` });

test('a round written blind reads back as article-id judgments; a broken grades file is reported and skipped', () => {
	const root = mkdtempSync(join(tmpdir(), 'jucuo-judge-'));
	const judgeDir = join(root, 'judge');
	const keyDir = join(root, 'keys');
	const batches = blindBatches(
		[
			{ id: 'kw-01', q: '乡村振兴', pooled: ['a', 'b'] },
			{ id: 'kw-02', q: '垃圾分类', pooled: ['c'] },
		],
		view,
		'seed',
		1,
	);
	const paths = writeJudgeRound(judgeDir, keyDir, batches);
	expect(paths.map((p) => p.slice(judgeDir.length))).toEqual([
		'/round-1/batch-01.json',
		'/round-1/batch-02.json',
	]);
	const shown = readFileSync(paths[0]!, 'utf8');
	expect(shown).not.toMatch(/"a"|"b"/u);
	const keys = batches[0]!.keys['kw-01']!;
	const gradeOf: Record<string, number> = { a: 3, b: 1 };
	writeFileSync(
		paths[0]!.replace(/\.json$/u, '.grades.json'),
		JSON.stringify({ 'kw-01': { k1: gradeOf[keys['k1']!], k2: gradeOf[keys['k2']!] } }),
	);
	writeFileSync(paths[1]!.replace(/\.json$/u, '.grades.json'), '{ "kw-02": { "k1": 7 } }');
	const { judgments, problems, files } = readJudgeGrades(judgeDir, keyDir);
	expect(judgments).toEqual({ 'kw-01': { a: 3, b: 1 } });
	expect(files).toHaveLength(1);
	expect(problems).toHaveLength(1);
	expect(problems[0]).toMatch(/batch-02\.grades\.json[\s\S]*kw-02\.k1[\s\S]*skipped/u);
	expect(writeJudgeRound(judgeDir, keyDir, batches)[0]).toContain('round-2');
	expect(existsSync(join(keyDir, 'round-2', 'batch-01.json'))).toBe(true);
});
