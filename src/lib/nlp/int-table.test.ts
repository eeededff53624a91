import { describe, expect, test } from 'vitest';
import { createIntTable, findSlot, slotOf } from './int-table.ts';

describe('IntTable', () => {
	test('finds every key it was given and no other, past many collisions', () => {
		const table = createIntTable(1000);
		const keys = Array.from({ length: 1000 }, (_, i) => i * 4096);
		const slots = keys.map((k) => slotOf(table, k));
		expect(new Set(slots).size).toBe(1000);
		expect(keys.map((k) => findSlot(table, k))).toEqual(slots);
		expect(findSlot(table, 3)).toBe(-1);
		expect(slotOf(table, keys[5] ?? 0)).toBe(slots[5]);
	});
});
