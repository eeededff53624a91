import { closeSync, openSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { readIndexBuild } from '../schema/index-build.ts';
import { abandonIndexBuild } from './index-file.ts';

/** Why a write failed, when the cause is the room to write: the disk, or a per-file size limit. */
export type WriteFailureCause = 'disk-full' | 'file-size-limit';

/** Free bytes below which a failed write is put down to a full disk. */
const LOW_SPACE = readIndexBuild().rows.lowSpaceMib * 1024 * 1024;

/**
 * Names the cause of a failed write into `dir` when it is the room to write. SQLite reports a write
 * cut short by a file size limit (EFBIG, `ulimit -f`) only as "disk I/O error", so after such an
 * error this looks at the free space and probes the limit with a one-byte sparse write just past
 * the largest file the write reached (`reachedBytes`).
 */
export function diagnoseWriteFailure(
	error: unknown,
	dir: string,
	reachedBytes: number,
): WriteFailureCause | null {
	const text =
		error instanceof Error
			? `${error.message} ${String((error as { code?: unknown }).code)}`
			: String(error);
	if (/ENOSPC|SQLITE_FULL|disk is full|database or disk is full/iu.test(text)) return 'disk-full';
	if (/EFBIG|file too large/iu.test(text)) return 'file-size-limit';
	if (!/I\/O error|IOERR|EIO/iu.test(text)) return null;
	try {
		const fs = statfsSync(dir);
		if (fs.bavail * fs.bsize < LOW_SPACE) return 'disk-full';
	} catch {
		// no statfs here: fall through to the probe
	}
	const probe = `${dir}/.write-probe-${process.pid}`;
	try {
		const fd = openSync(probe, 'w');
		try {
			writeSync(fd, Buffer.alloc(1), 0, 1, reachedBytes + (1 << 20));
		} finally {
			closeSync(fd);
		}
	} catch (probeError) {
		const code = (probeError as NodeJS.ErrnoException).code;
		if (code === 'EFBIG') return 'file-size-limit';
		if (code === 'ENOSPC') return 'disk-full';
	} finally {
		rmSync(probe, { force: true });
	}
	return null;
}

/**
 * Removes the build after a failure and says what it means for readers, naming a full disk or a
 * file size limit when that is the cause.
 */
export function buildFailed(error: unknown, build: { file: string; live: string }): Error {
	const { file, live } = build;
	const reached = Math.max(
		0,
		...['', '-wal'].map((ext) => statSync(file + ext, { throwIfNoEntry: false })?.size ?? 0),
	);
	abandonIndexBuild(file);
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	const cause = diagnoseWriteFailure(error, dirname(live), reached);
	const what =
		cause === 'disk-full'
			? `The disk holding ${dirname(live)} is full, so the new index could not be written`
			: cause === 'file-size-limit'
				? `A file size limit (\`ulimit -f\`) stopped the new index at about ${(reached / 1048576).toFixed(1)} MB, so it could not be written`
				: 'The new index could not be written';
	const todo = cause === null ? 'Fix the cause' : 'Make room (or raise the limit)';
	return new Error(
		`${what} (${text}). Nothing was switched: ${live} still serves the previous index, complete. ${todo} and run \`npm run index\` again.`,
		{ cause: error },
	);
}
