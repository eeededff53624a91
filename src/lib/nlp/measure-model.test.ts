import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SIGNAL_NAMES } from './measure-features.ts';
import { fitMeasureModel } from './measure-model-fit.ts';
import {
	compileMeasureModel,
	measureFeatureVector,
	measureModelFile,
	measureProbability,
	readMeasureModel,
} from './measure-model.ts';

const root = join(import.meta.dirname, '../../..');
const path = join(root, 'search-config/measure-model.json');

describe('search-config/measure-model.json', () => {
	const model = readMeasureModel(path);

	test('loads, with a weight for every signal the code computes', () => {
		expect(model?.signalWeights).toHaveLength(SIGNAL_NAMES.length);
		expect(model?.threshold).toBeGreaterThan(0);
	});

	test('a grant with its amount for a target group is likelier a measure than a programme described in the abstract', () => {
		const grant = measureProbability(
			model!,
			'对新招用高校毕业生的企业，给予每人1000元一次性补贴',
			6,
			0.3,
		);
		const abstract = measureProbability(
			model!,
			'通过高品位、高质量的文艺创作和文艺鉴赏，培养时代新人在继承中创新',
			2,
			0.3,
		);
		expect(grant).toBeGreaterThan(model!.threshold);
		expect(abstract).toBeLessThan(model!.threshold);
	});
});

test('a model file whose signals differ from the code is refused, naming the file and the field', () => {
	const data = JSON.parse(readFileSync(path, 'utf8')) as { signals: string[] };
	expect(() =>
		compileMeasureModel({ ...data, signals: data.signals.slice(1) }, 'measure-model.json'),
	).toThrowErrorMatchingInlineSnapshot(`
		[MeasureModelError: measure-model.json is not a valid measure model: **signals**: differ from the signals this code computes: train the model again; **signalWeights**: needs one per signal
		Run \`node scripts/train-measures.ts\` to write it again, or delete it to pick measures by the rules alone.]
	`);
});

test('fitting learns which signal marks a measure, and the packed file scores as the fit does', () => {
	const strong = SIGNAL_NAMES.indexOf('strongAction');
	const grant = SIGNAL_NAMES.indexOf('grantAction');
	const examples = Array.from({ length: 40 }, (_, i) => ({
		keys: [i % 2 === 0 ? grant : strong],
		values: [1],
		measure: i % 2 === 0,
		weight: 1,
	}));
	const settings = { hashBits: 8, bigramWeight: 0 };
	const weights = fitMeasureModel(
		examples,
		{ features: SIGNAL_NAMES.length + 2 ** settings.hashBits, signals: SIGNAL_NAMES.length },
		{ epochs: 20, learningRate: 0.5, l2: 0, seed: 1 },
	);
	expect(weights.signalWeights[grant]).toBeGreaterThan(weights.signalWeights[strong] ?? 0);
	const model = compileMeasureModel(
		measureModelFile(weights, { ...settings, threshold: 0.5, about: 'test' }),
	);
	const clause = '对符合条件的小微企业给予补贴';
	const x = measureFeatureVector(clause, 6, undefined, settings);
	expect(x.keys).toContain(grant);
	expect(measureProbability(model, clause, 6, undefined)).toBeGreaterThan(0.5);
});
