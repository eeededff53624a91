import { expect, test } from 'vitest';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { ROLE_WEIGHT, SALIENCE, SalienceConfigSchema, saysAboutPlace } from './salience-config.ts';

test('the bundled place-context.json gives shares between 0 and 1', () => {
	expect(SALIENCE.provinceShare).toBeGreaterThan(0);
	expect(SALIENCE.roundUpShare).toBeGreaterThanOrEqual(SALIENCE.provinceShare);
});

test('a share above 1 is rejected naming the file and the field', () => {
	expect(() =>
		parseWithFriendlyErrors(
			SalienceConfigSchema,
			{ childShare: 1.5 },
			'search-config/place-context.json → salience',
		),
	).toThrow(/place-context\.json → salience[\s\S]*childShare/);
});

test('每种提及角色都须有权重：缺了 kicker 的 roleWeights 报出该字段', () => {
	const { kicker: _, ...withoutKicker } = SALIENCE.roleWeights;
	expect(() =>
		parseWithFriendlyErrors(
			SalienceConfigSchema,
			{ ...SALIENCE, roleWeights: withoutKicker },
			'search-config/place-context.json → salience',
		),
	).toThrow(/roleWeights\.kicker/);
});

test('标题里的地名比正文里的更能说明文章讲的是该地', () => {
	expect(ROLE_WEIGHT.title).toBeGreaterThan(ROLE_WEIGHT.body);
	expect(saysAboutPlace('subject')).toBe(true);
	expect(saysAboutPlace('organisation')).toBe(false);
});
