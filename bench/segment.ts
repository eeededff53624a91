/**
 * `npm run bench:segment -- [--articles N]`: cutting speed of the jieba port over the compiled
 * dictionary (what cuts queries) next to nodejieba, on the same real texts in the same run
 * (titles and bodies of N corpus articles, else the bundled samples), after checking that both
 * give the same words. Also the load time of each (the port's includes compiling its dictionary
 * in memory, which a search process does once per change of inputs). Ends with
 * `segment <n> Mchar/s (port); nodejieba <n> Mchar/s; ratio <x>`.
 */
import { parseArgs } from 'node:util';
import { loadJiebaDictionary } from '../src/lib/nlp/jieba/dictionary.ts';
import { createDictionarySegmenter } from '../src/lib/nlp/jieba/port-segmenters.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '4000' } } });
const limit = positiveIntegerOption(
	'articles',
	values.articles,
	'npm run bench:segment -- --articles N',
);

const texts = (await benchSeeds(limit)).flatMap((a) => [a.title, a.body]);
const chars = texts.reduce((n, t) => n + t.length, 0);

const timed = <T>(fn: () => T): [T, number] => {
	const started = performance.now();
	return [fn(), performance.now() - started];
};
const [port, portLoadMs] = timed(() => createDictionarySegmenter(loadJiebaDictionary()));
const [nodejieba, nodejiebaLoadMs] = timed(() => createJiebaSegmenter());

let differing = 0;
for (const text of texts)
	if (port.cut(text).join('\u0001') !== nodejieba.cut(text).join('\u0001')) differing++;

// Best of three passes over every text each, alternating, so neither gets a quieter machine.
const bestMs = { port: Infinity, nodejieba: Infinity };
for (let pass = 0; pass < 3; pass++)
	for (const [name, segmenter] of [
		['port', port],
		['nodejieba', nodejieba],
	] as const) {
		const [, ms] = timed(() => texts.forEach((t) => segmenter.cut(t)));
		bestMs[name] = Math.min(bestMs[name], ms);
	}
const portSpeed = chars / bestMs.port / 1000;
const nodejiebaSpeed = chars / bestMs.nodejieba / 1000;

console.log(
	`segment benchmark: ${texts.length} texts (${(chars / 1e6).toFixed(1)} M characters), plain cut`,
);
console.log(`same words on ${texts.length - differing} of ${texts.length} texts`);
console.log('segmenter              load s  Mchar/s');
console.log(
	`jieba port (compiled) ${(portLoadMs / 1000).toFixed(2).padStart(7)}  ${portSpeed.toFixed(2).padStart(7)}`,
);
console.log(
	`nodejieba             ${(nodejiebaLoadMs / 1000).toFixed(2).padStart(7)}  ${nodejiebaSpeed.toFixed(2).padStart(7)}`,
);
console.log(
	`segment ${portSpeed.toFixed(2)} Mchar/s (port); nodejieba ${nodejiebaSpeed.toFixed(2)} Mchar/s; ratio ${(portSpeed / nodejiebaSpeed).toFixed(2)}`,
);
if (differing > 0) process.exitCode = 1;
