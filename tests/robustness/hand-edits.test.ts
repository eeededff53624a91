import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'content/sources/003_e01ca59eb94a4339.txt');

function ingest(contentDir: string, ...args: string[]) {
	return spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args, SAMPLE], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
}

test('a hand-edited article survives re-ingest, is named in the summary, and --force overwrites it', () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-edits-'));
	expect(ingest(dir).status).toBe(0);
	const file = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.md'))
		.map((e) => join(e.parentPath, e.name))[0]!;
	const machine = readFileSync(file, 'utf8');
	expect(machine).toMatch(/^ingestHash: [0-9a-f]{16}$/mu);
	const edited = `${machine.replace(/^title: .*$/mu, 'title: 编辑改过的标题')}\n编辑补充的一段说明文字。\n`;
	writeFileSync(file, edited);

	const again = ingest(dir);
	expect(again.status).toBe(0);
	expect(again.stderr).toMatch(/保留手改 1/u);
	expect(again.stderr).toContain(file);
	expect(again.stderr).toContain('--force');
	expect(readFileSync(file, 'utf8')).toBe(edited);

	const forced = ingest(dir, '--force');
	expect(forced.status).toBe(0);
	expect(forced.stderr).toMatch(/updated 更新 1/u);
	expect(readFileSync(file, 'utf8')).toBe(machine);
});

test('an unedited article re-ingested is unchanged, not kept', () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-edits-'));
	expect(ingest(dir).status).toBe(0);
	const again = ingest(dir);
	expect(again.stderr).toMatch(/unchanged 未变 [1-9]/u);
	expect(again.stderr).not.toContain('保留手改');
});
