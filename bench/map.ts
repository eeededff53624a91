/**
 * `npm run bench:map`: what one choropleth costs a page, side by side in one run: the SVG size and
 * render time of the national, 山东 and 济南 maps with the configured simplification against the
 * raw boundaries, and a render against a cache hit (what every visit after the first gets while
 * the counts are unchanged). Ends with `map <n> ms render, <n> ms cached, <n> KB svg (raw <n> KB)`.
 */
import { loadBoundaries } from '../src/lib/site/map-boundaries.ts';
import { createRenderCache } from '../src/lib/site/map-cache.ts';
import { chartConfig } from '../src/lib/site/map-config.ts';
import { renderChoropleth } from '../src/lib/site/map-render.ts';

const config = chartConfig().map;
const ROUNDS = 5;

function render(code: string, fraction: number): { ms: number; bytes: number } {
	const boundaries = loadBoundaries(code, fraction);
	if (!boundaries) throw new Error(`no boundaries for ${code}`);
	const counts = Object.fromEntries(boundaries.areas.map((a, i) => [a.code, i]));
	const draw = () =>
		renderChoropleth({
			...config,
			boundaries,
			counts,
			hrefFor: (c) => `/regions/${c}`,
			labelFor: (name, n) => `${name}:${n} 篇文章`,
		});
	draw(); // warm-up: module load and the first layout
	const started = performance.now();
	let svg = '';
	for (let i = 0; i < ROUNDS; i++) svg = draw();
	return { ms: (performance.now() - started) / ROUNDS, bytes: Buffer.byteLength(svg) };
}

const rows: string[][] = [['map', 'simplified ms', 'simplified KB', 'raw ms', 'raw KB']];
let national = { ms: 0, bytes: 0, rawBytes: 0 };
for (const code of ['000000', '370000', '370100']) {
	const simple = render(code, config.simplifyFraction);
	const raw = render(code, 0);
	if (code === '000000') national = { ...simple, rawBytes: raw.bytes };
	rows.push([
		code,
		simple.ms.toFixed(1),
		(simple.bytes / 1024).toFixed(0),
		raw.ms.toFixed(1),
		(raw.bytes / 1024).toFixed(0),
	]);
}
for (const r of rows) console.log(r.map((c) => c.padStart(14)).join(''));

const cache = createRenderCache(config.cacheEntries);
const boundaries = loadBoundaries('000000', config.simplifyFraction);
if (!boundaries) throw new Error('no national boundaries');
const draw = () =>
	renderChoropleth({
		...config,
		boundaries,
		counts: {},
		hrefFor: () => undefined,
		labelFor: (n) => n,
	});
cache.get('k', draw);
const started = performance.now();
for (let i = 0; i < 1000; i++) cache.get('k', draw);
const cachedMs = (performance.now() - started) / 1000;
console.log(
	`map ${national.ms.toFixed(1)} ms render, ${cachedMs.toFixed(4)} ms cached, ${(national.bytes / 1024).toFixed(0)} KB svg (raw ${(national.rawBytes / 1024).toFixed(0)} KB)`,
);
