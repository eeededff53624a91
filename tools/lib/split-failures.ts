// Diagnostic (not shipped): prints 2019 rebuilt pages' boundary failures with their lines, roles
// and the true starts, for reading. `node tools/lib/split-failures.ts [year] [max] [classes] [furnished]`
// (`furnished`: the pages dressed with the development furniture wording).
import { cleanLines } from '../../src/lib/ingest/clean.ts';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { pageToLines } from '../../src/lib/ingest/page-segments.ts';
import { rolesInContext } from '../../src/lib/ingest/line-context.ts';
import { withoutPageContents } from '../../src/lib/ingest/page-contents.ts';
import {
	articleStartLines,
	reconstructPages,
	type ReconstructedPage,
} from '../../src/lib/eval/reconstruct-pages.ts';
import { emptySplitScores, scorePage } from '../../src/lib/eval/score-split.ts';
import { readPageFurniture } from '../../src/lib/schema/page-furniture.ts';
import { corpusPath } from './corpus.ts';
import { extractPage, furnishedPages, printedArticles } from './eval-reconstructed.ts';

const year = process.argv[2] ?? '2019';
if (year !== '2019') throw new Error('only 2019 is read');
const max = Number(process.argv[3] ?? 40);
const classes = (process.argv[4] ?? 'title is a neighbour’s headline').split(',');
const bare = reconstructPages(
	(await printedArticles(corpusPath()!)).filter((a) => a.date.startsWith(year)),
);
const pages: (ReconstructedPage & { starts?: Set<number> })[] =
	process.argv[5] === 'furnished' ? furnishedPages(bare, 'dev') : bare;
const furniture = readPageFurniture();
const enc = new TextEncoder();
let shown = 0;
for (const page of pages) {
	const articles = extractPage(page, furniture);
	const s = emptySplitScores();
	scorePage(page.key, page.articles, articles, s);
	const hits = classes.flatMap((c) => s.examples[c as keyof typeof s.examples] ?? []);
	if (hits.length === 0) continue;
	const decoded = decodeSource(`rmrb-${page.key}.txt`, enc.encode(page.text));
	if (!decoded.ok) continue;
	const lines = withoutPageContents(
		cleanLines(pageToLines(decoded.text, decoded.format), furniture).lines,
	);
	const roles = rolesInContext(lines);
	const starts = page.starts ?? articleStartLines(page);
	const itemStarts = new Set(articles.map((a) => a.line));
	console.log(`\n=== ${page.key} (${articles.length} items, ${page.articles.length} gold)`);
	for (const h of hits) console.log(`  !! ${h}`);
	lines.forEach((l, i) => {
		const g = starts.has(l.line) ? 'G' : ' ';
		const p = itemStarts.has(l.line) ? 'P' : ' ';
		const t = roles[i] === 'body' && l.text.length > 70 ? `${l.text.slice(0, 70)}…` : l.text;
		console.log(`${g}${p} ${String(l.line).padStart(4)} ${roles[i]!.padEnd(8)} ${t}`);
	});
	if (++shown >= max) break;
}
