import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from '../process-alive.ts';

/** `<file>.<pid>.<n>.tmp`: what an article write leaves when its process is killed before the rename. */
const TEMP = /\.(\d+)\.\d+\.tmp$/u;

/**
 * Removes the temporary files of article writes under `dir` whose process is gone (a run killed
 * between writing and renaming); the articles themselves are whole, since each is renamed into
 * place. Returns the paths removed.
 */
export function removeStaleArticleTemps(dir: string): string[] {
	if (!existsSync(dir)) return [];
	const removed: string[] = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const pid = Number(TEMP.exec(entry.name)?.[1]);
		if (!entry.isFile() || !pid || pid === process.pid || isProcessAlive(pid)) continue;
		const path = join(entry.parentPath, entry.name);
		rmSync(path, { force: true });
		removed.push(path);
	}
	return removed;
}
