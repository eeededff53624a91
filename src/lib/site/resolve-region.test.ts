import { expect, test } from 'vitest';
import { getDivision } from '../geo/gazetteer.ts';
import { regionInputLabel, resolveRegion } from './resolve-region.ts';

test('shows 371702 in the compare form as 牡丹区, which resolves back to 371702', () => {
	const mudan = resolveRegion('371702');
	expect(regionInputLabel(mudan)).toBe('牡丹区');
	expect(resolveRegion(regionInputLabel(mudan)).code).toBe('371702');
});

test('writes a homonym such as 朝阳区 with its code, and reads that form back', () => {
	const chaoyang = getDivision('110105');
	if (!chaoyang) throw new Error('gazetteer lacks 110105');
	expect(regionInputLabel(chaoyang)).toBe('朝阳区(110105)');
	expect(resolveRegion('朝阳区(110105)').code).toBe('110105');
	expect(() => resolveRegion('朝阳区')).toThrow('对应多个地区');
});
