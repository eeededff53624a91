import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// A page may print its headline whole elsewhere as well (a record's 标题 field, a share poster's
// headline, the browser's title with the site's name after it) while its title box breaks it in
// two: the whole printing shows that the two lines are halves of one headline, not a kicker (引题)
// over its title, however complete each half reads.

const { maxEchoExtra: MAX_ECHO_EXTRA } = readIngestLines().brokenHeadline;

const compact = (s: string) => s.replace(/[\s\u00a0\u3000]+/gu, '');

/**
 * The headline `upper` and `lower` make together when another line of `lines` prints it whole,
 * with at most `maxEchoExtra` characters around it (a field's key, a site's name), keeping the
 * space the whole printing sets between the halves; undefined when no line does.
 */
export function echoedWhole(
	upper: SourceLine,
	lower: SourceLine,
	lines: readonly SourceLine[],
): string | undefined {
	const joined = compact(upper.text) + compact(lower.text);
	const echo = lines.find((l) => {
		if (l.line === upper.line || l.line === lower.line) return false;
		const c = compact(l.text);
		return c.includes(joined) && c.length <= joined.length + MAX_ECHO_EXTRA;
	});
	if (echo === undefined) return undefined;
	const [left, right] = [upper.text.trim(), lower.text.trim()];
	return echo.text.includes(left + right) ? left + right : `${left} ${right}`;
}
