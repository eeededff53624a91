import { expect, test } from 'vitest';
import { runStage, StageFailure, unwrapStaged } from './batch-stages.ts';

test('a stage that throws on one item fails that item alone; later stages skip it', () => {
	const halves = runStage([4, 3, 8], (n) => {
		if (n % 2 === 1) throw new RangeError(`${n} is odd`);
		return n / 2;
	});
	expect(halves[0]).toBe(2);
	expect(halves[1]).toBeInstanceOf(StageFailure);
	expect(halves[2]).toBe(4);
	const seen: number[] = [];
	const plusOne = runStage(halves, (n, i) => {
		seen.push(i);
		return n + 1;
	});
	expect(seen).toEqual([0, 2]);
	expect(plusOne.map((item) => (item instanceof StageFailure ? 'failed' : item))).toEqual([
		3,
		'failed',
		5,
	]);
	expect(() => unwrapStaged(plusOne[1]!)).toThrow('3 is odd');
	expect(unwrapStaged(plusOne[2]!)).toBe(5);
});
