// The inputs of the ingest benchmarks: real corpus articles when ../shared is there, else the
// sample pages repeated, one file each in `dir`.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../tools/lib/project.ts';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';

/** Writes `wanted` input files into `dir`; returns their texts and a line saying what they are. */
export async function writeBenchInputs(
	dir: string,
	wanted: number,
): Promise<{ texts: string[]; source: string }> {
	const texts: string[] = [];
	const path = corpusPath();
	if (path) {
		for await (const item of readCorpus(path, wanted))
			texts.push(`${(item.headline_lines ?? [item.title]).join('\n')}\n\n${item.text}`);
	} else {
		const samples = join(PROJECT_ROOT, 'content/sources');
		const pages = await Promise.all(
			(await readdir(samples)).map((f) => readFile(join(samples, f), 'utf8')),
		);
		for (let i = 0; texts.length < wanted; i++) texts.push(pages[i % pages.length] ?? '');
	}
	await mkdir(dir, { recursive: true });
	await Promise.all(
		texts.map((t, i) => writeFile(join(dir, `${String(i).padStart(6, '0')}.txt`), t)),
	);
	const source = path
		? `${texts.length} corpus articles`
		: `${texts.length} copies of the sample pages`;
	return { texts, source };
}
