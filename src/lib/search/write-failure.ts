import { closeSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';

/** Why a write failed, when the cause is the room to write: the disk, or a per-file size limit. */
export type WriteFailureCause = 'disk-full' | 'file-size-limit';

/** Free bytes below which a failed write is put down to a full disk. */
const LOW_SPACE = 16 << 20;

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
