import { describe, expect, test } from 'vitest';
import { confusionLines } from './theme-confusions.ts';

describe('confusionLines', () => {
	test('counts each disagreeing pair, most frequent first, and skips hits and null labels', () => {
		const lines = confusionLines([
			{ label: 'cadre-rotation', given: 'rural-revitalization' },
			{ label: 'talent', given: undefined },
			{ label: 'cadre-rotation', given: 'rural-revitalization' },
			{ label: 'ecology', given: 'ecology' },
			{ label: null, given: 'ecology' },
		]);
		expect(lines).toEqual([
			'      2  cadre-rotation → rural-revitalization',
			'      1  talent → (none)',
		]);
	});
});
