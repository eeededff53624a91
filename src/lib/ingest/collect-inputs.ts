import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';

/** File endings ingest reads. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

function isInputFile(name: string): boolean {
	return (INPUT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/**
 * One spelling per file: relative to the working directory when the file lies below it, else
 * absolute. Ids derive from the source file, so `content/sources/a.txt` and its absolute form
 * name the same articles.
 */
export function canonicalPath(path: string): string {
	const absolute = resolve(path);
	const rel = relative(process.cwd(), absolute);
	return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

/** Why `path` (which `stat` could not follow) cannot be read: a loop, a dangling link, or absent. */
async function unreachable(path: string, error: NodeJS.ErrnoException): Promise<Diagnostic> {
	if (error.code === 'ELOOP')
		return {
			file: path,
			reason:
				'This symbolic link leads back to itself (a symlink loop), so it names no file; fix or remove the link.',
			ruleId: 'symlink-loop',
			fatal: true,
		};
	const link = await lstat(path).catch(() => null);
	if (link?.isSymbolicLink())
		return {
			file: path,
			reason: `This symbolic link points to ${await readlink(path)}, which does not exist; fix or remove the link.`,
			ruleId: 'broken-symlink',
			fatal: true,
		};
	return {
		file: path,
		reason: 'No such file or folder; check the path.',
		ruleId: 'not-found',
		fatal: true,
	};
}

/**
 * Expands folders (recursively, sorted) into input files; unknown endings, missing paths, broken
 * symbolic links and symlink loops become diagnostics naming the path. Symbolic links to files and
 * folders are followed; a folder reached twice (a link back to an ancestor) is read once and
 * reported as a loop.
 */
export async function collectInputFiles(
	paths: string[],
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
	const files: string[] = [];
	const diagnostics: Diagnostic[] = [];
	const seenFolders = new Set<string>();
	const walk = async (folder: string): Promise<void> => {
		const real = await realpath(folder);
		if (seenFolders.has(real)) {
			diagnostics.push({
				file: folder,
				reason: `This folder is a symbolic link back to ${real}, which is already being read (a symlink loop); it was read once.`,
				ruleId: 'symlink-loop',
				fatal: false,
			});
			return;
		}
		seenFolders.add(real);
		const entries = await readdir(folder, { withFileTypes: true });
		for (const entry of entries) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) await walk(path);
			else if (entry.isFile()) {
				if (isInputFile(entry.name)) files.push(path);
			} else if (entry.isSymbolicLink()) {
				const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
				if (info instanceof Error) {
					if (isInputFile(entry.name) || info.code === 'ELOOP')
						diagnostics.push(await unreachable(path, info));
				} else if (info.isDirectory()) await walk(path);
				else if (info.isFile() && isInputFile(entry.name)) files.push(path);
			}
		}
	};
	for (const path of paths) {
		const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
		if (info instanceof Error) diagnostics.push(await unreachable(path, info));
		else if (info.isDirectory()) {
			const before = files.length;
			await walk(path);
			files.push(...files.splice(before).sort());
		} else if (isInputFile(path)) files.push(path);
		else
			diagnostics.push({
				file: path,
				reason: `Unsupported file type "${extname(path) || '(none)'}"; ingest reads ${INPUT_EXTENSIONS.join(', ')}.`,
				ruleId: 'unsupported-type',
				fatal: true,
			});
	}
	return { files: [...new Set(files.map(canonicalPath))], diagnostics };
}
