/**
 * Dev-time check of locality tagging on national-media text the rules were not written against.
 * Run: `npm run eval:locality [-- <corpus.jsonl.gz> [sample size]]` (default: the shared corpus
 * beside the checkout). It reads the corpus at run time (copies none of its text) and prints:
 * - for a seeded random sample of 人民日报 items whose dateline (本报济南1月18日电) names a place
 *   outside 北京, how often the primary region lies in the dateline's province, is national, or
 *   lies elsewhere;
 * - raw jieba time against tagging time on the same items (tagging includes its own segmentation).
 */
import { isWithin, NATIONAL_CODE, regionName } from '../src/lib/geo/gazetteer.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { datelinePlace } from '../src/lib/nlp/resolve-places.ts';
import { findPlaceMentions } from '../src/lib/nlp/find-place-mentions.ts';
import { getPlaceIndex } from '../src/lib/nlp/place-index.ts';
import { tagLocalities } from '../src/lib/nlp/tag-locality.ts';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';

const DATELINE = /本报([\u4e00-\u9fa5]{2,8}?)[0-9]{1,2}月[0-9]{1,2}日电/;

interface Item {
	title: string;
	text: string;
	dateline: string;
	province: string;
	/** The dateline's city or county when it is not a provincial capital (本报宜昌…电), else undefined. */
	local?: string;
}

/** Deterministic pseudo-random numbers (mulberry32), so the sample is the same on every run. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function main(corpus: string, size: number): Promise<void> {
	const segmenter = createJiebaSegmenter();
	const index = getPlaceIndex();
	const items: Item[] = [];
	for await (const row of readCorpus(corpus)) {
		if (row.source !== '人民日报') continue;
		const place = DATELINE.exec(row.text.slice(0, 200))?.[1];
		if (!place) continue;
		const [mention] = findPlaceMentions(place, segmenter.cut(place), index, -4, 'body');
		const code = mention && datelinePlace(mention);
		if (!code || code.startsWith('11')) continue;
		// A capital's dateline (武汉, 济南) files province-wide news; a lesser city's or county's reports on it.
		const local = code.endsWith('0000') || code.endsWith('0100') ? undefined : code;
		items.push({
			title: row.title,
			text: row.text,
			dateline: place,
			province: `${code.slice(0, 2)}0000`,
			...(local === undefined ? {} : { local }),
		});
	}
	const next = random(20260101);
	const sample = items
		.map((item) => ({ item, key: next() }))
		.sort((a, b) => a.key - b.key)
		.slice(0, size)
		.map((s) => s.item);
	let inProvince = 0;
	let national = 0;
	let localN = 0;
	let localIn = 0;
	let localCoarse = 0;
	const elsewhere: string[] = [];
	const nationalItems: string[] = [];
	const coarse: string[] = [];
	let jiebaMs = 0;
	let tagMs = 0;
	let chars = 0;
	for (const item of sample) {
		const paragraphs = item.text
			.split('\n')
			.map((p) => p.trim())
			.filter(Boolean);
		let started = performance.now();
		for (const text of [item.title, ...paragraphs]) segmenter.cut(text);
		jiebaMs += performance.now() - started;
		started = performance.now();
		const result = tagLocalities(
			{ title: item.title, paragraphs, source: '人民日报', dateline: item.dateline },
			{ segmenter },
		);
		tagMs += performance.now() - started;
		chars += item.text.length;
		if (item.local !== undefined) {
			localN++;
			if (isWithin(result.region, item.local)) localIn++;
			else if (isWithin(item.local, result.region)) {
				localCoarse++;
				coarse.push(`${item.dateline} → ${regionName(result.region)} (coarser): ${item.title}`);
			}
		}
		if (result.region === NATIONAL_CODE) {
			national++;
			nationalItems.push(`${item.dateline} → 全国: ${item.title}`);
		} else if (isWithin(result.region, item.province)) inProvince++;
		else elsewhere.push(`${item.dateline} → ${regionName(result.region)}: ${item.title}`);
	}
	const pct = (n: number) => `${((n / sample.length) * 100).toFixed(1)}%`;
	console.log(`${items.length} 人民日报 items with a local dateline; sample ${sample.length}`);
	console.log(
		`primary in dateline province: ${inProvince} (${pct(inProvince)}), national: ${national} (${pct(national)}), elsewhere: ${elsewhere.length} (${pct(elsewhere.length)})`,
	);
	const share = (n: number) => `${((n / Math.max(1, localN)) * 100).toFixed(1)}%`;
	console.log(
		`dateline a city or county other than a capital: ${localN}; primary within it: ${localIn} (${share(localIn)}), coarser (its province or national): ${localCoarse} (${share(localCoarse)})`,
	);
	console.log(
		`raw jieba: ${jiebaMs.toFixed(0)} ms, tagLocalities: ${tagMs.toFixed(0)} ms (${(tagMs / jiebaMs).toFixed(2)}×), ${((chars / tagMs) * 1000).toFixed(0)} chars/s`,
	);
	console.log([...elsewhere, ...nationalItems, ...coarse].slice(0, 60).join('\n'));
}

if (import.meta.main) {
	const [given, size = '500'] = process.argv.slice(2);
	const corpus = given ?? corpusPath();
	if (!corpus) {
		console.log(
			'eval:locality skipped: no corpus (pass the path of a .jsonl.gz, or put ../shared/corpus beside the checkout).',
		);
		process.exit(0);
	}
	await main(corpus, Number(size));
}
