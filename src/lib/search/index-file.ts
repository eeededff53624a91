import {
	closeSync,
	existsSync,
	fsyncSync,
	lstatSync,
	openSync,
	readdirSync,
	readlinkSync,
	realpathSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { IndexCorruptError, isCorruptDatabase } from '../errors.ts';
import { isProcessAlive } from '../process-alive.ts';
import { readIndexBuild } from '../schema/index-build.ts';

/*
 * The lifecycle of the embedded index file. The live name (`search.sqlite`) is a symbolic link to
 * one generation (`search.<stamp>.sqlite`). `npm run index` copies the live generation into
 * `search.sqlite.<pid>.tmp`, writes its changes there, and switches by renaming a new link over the
 * live name: a reader opens the old generation or the new one, never a half-written file. Each
 * generation keeps its own `-wal`/`-shm` files (SQLite names them after the link's target), so a
 * reader still on the old one never shares a journal with the new one — which a plain rename of
 * one database over another would do, since every open puts the file in WAL mode.
 */

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

/** Pages one step of the copy of the live index takes. */
const { copyPagesPerStep: COPY_PAGES } = readIndexBuild().rows;

/** Name of the file a build in process `pid` writes into, beside the live index. */
export function buildFileOf(live: string, pid: number = process.pid): string {
	return `${live}.${pid}.tmp`;
}

function escapeRegExp(s: string): string {
	return s.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Removes what killed builds left beside `live` (`<live>.<pid>.tmp` and `.link`, with their journal
 * files) when that process is gone. Returns the names removed.
 */
export function removeStaleBuilds(live: string): string[] {
	const dir = dirname(live);
	if (!existsSync(dir)) return [];
	const pattern = new RegExp(
		`^${escapeRegExp(basename(live))}\\.(\\d+)\\.(?:tmp|link)(?:-wal|-shm|-journal)?$`,
		'u',
	);
	const removed: string[] = [];
	for (const name of readdirSync(dir)) {
		const pid = Number(pattern.exec(name)?.[1]);
		if (!pid || pid === process.pid || isProcessAlive(pid)) continue;
		rmSync(join(dir, name), { force: true });
		removed.push(name);
	}
	return removed;
}

/** The generation file the live name points to (the file itself for an index built in place), or null. */
export function liveGeneration(live: string): string | null {
	try {
		return realpathSync(live);
	} catch {
		return null;
	}
}

/**
 * Starts a build: removes stale builds and generations older than the live one, then copies the live index (with what its WAL holds) into
 * this process's build file, or leaves none there when `fresh` or when no index exists yet.
 * Returns the build file's path.
 * @throws {IndexCorruptError} naming `live` when it cannot be read as a database.
 */
export async function beginIndexBuild(live: string, fresh: boolean): Promise<string> {
	removeStaleBuilds(live);
	// Readers had the whole previous run to leave the generation before the live one: at most the
	// live index and this build take room while it runs.
	const current = liveGeneration(live);
	if (current !== null && lstatSync(live).isSymbolicLink()) removeOldGenerations(live, [current]);
	const file = buildFileOf(live);
	for (const ext of SIDE_FILES) rmSync(file + ext, { force: true });
	if (fresh || liveGeneration(live) === null) return file;
	let source: DatabaseSync | undefined;
	try {
		source = new DatabaseSync(live, { readOnly: true });
		// Large batches: a page at a time would let readers' commits restart the copy.
		await backup(source, file, { rate: COPY_PAGES });
	} catch (error) {
		// Other failures (a full disk) leave the partial copy for the caller to measure and remove.
		if (!isCorruptDatabase(error)) throw error;
		for (const ext of SIDE_FILES) rmSync(file + ext, { force: true });
		throw new IndexCorruptError(live, { cause: error });
	} finally {
		source?.close();
	}
	return file;
}

function fsyncPath(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/**
 * Makes the closed build file the live index: folds its WAL into it, syncs it to disk, renames it to
 * a new generation and renames a link to that over the live name (one atomic step). Generations
 * older than the one it replaces are removed (a reader may still be finishing on that one).
 * Returns the new generation's path.
 */
export function commitIndexBuild(file: string, live: string): string {
	// Stays in WAL mode (so a reader's open changes nothing) with its log folded in and removed:
	// the log is named after the build file and would not follow the rename.
	const db = new DatabaseSync(file);
	try {
		db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
	} finally {
		db.close();
	}
	if ((statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0)
		throw new Error(`${file}: its write-ahead log could not be folded into it`);
	for (const ext of SIDE_FILES.slice(1)) rmSync(file + ext, { force: true });
	fsyncPath(file);
	const dir = dirname(live);
	const stamp = `${new Date().toISOString().replaceAll(/[-:.TZ]/gu, '')}-${process.pid}`;
	const generation = join(dir, `${basename(live).replace(/\.sqlite$/u, '')}.${stamp}.sqlite`);
	const previous = liveGeneration(live);
	const wasFile = existsSync(live) && !lstatSync(live).isSymbolicLink();
	renameSync(file, generation);
	const link = `${live}.${process.pid}.link`;
	rmSync(link, { force: true });
	symlinkSync(basename(generation), link);
	renameSync(link, live);
	fsyncPath(dir);
	// An index built in place before generations existed: its journal files are named after the live name.
	if (wasFile) for (const ext of SIDE_FILES.slice(1)) rmSync(live + ext, { force: true });
	removeOldGenerations(live, [generation, previous]);
	return generation;
}

/** Removes generation files of `live` other than those in `keep`. */
function removeOldGenerations(live: string, keep: (string | null)[]): void {
	const dir = dirname(live);
	const stem = escapeRegExp(basename(live).replace(/\.sqlite$/u, ''));
	const pattern = new RegExp(`^${stem}\\.\\d{17}-\\d+\\.sqlite(?:-wal|-shm|-journal)?$`, 'u');
	const kept = new Set(keep.filter((k) => k !== null).map((k) => basename(k)));
	for (const name of readdirSync(dir)) {
		if (!pattern.test(name)) continue;
		if (kept.has(name.replace(/-(?:wal|shm|journal)$/u, ''))) continue;
		rmSync(join(dir, name), { force: true });
	}
}

/** Removes this process's build file and its journals (after a failed build). */
export function abandonIndexBuild(file: string): void {
	for (const ext of SIDE_FILES) rmSync(file + ext, { force: true });
}

/**
 * Moves the live index's file (and its journals) aside as `<live>.<suffix>` and removes the live
 * name, so the next build starts fresh; the old file is kept for inspection. Returns the new name,
 * or null when there was no index.
 */
export function setIndexAside(live: string, suffix: string): string | null {
	const target = liveGeneration(live);
	if (target === null) return null;
	const aside = `${live}.${suffix}`;
	for (const ext of SIDE_FILES) if (existsSync(target + ext)) renameSync(target + ext, aside + ext);
	if (lstatSync(live, { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(live);
	return aside;
}

/** A cheap identity of the file the live name points to now: it changes when an index run switches. */
export function liveIdentity(live: string): string | null {
	try {
		const link = lstatSync(live);
		return link.isSymbolicLink() ? `link:${readlinkSync(live)}` : `file:${link.dev}:${link.ino}`;
	} catch {
		return null;
	}
}
