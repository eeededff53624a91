import { expect, test } from 'vitest';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { SALIENCE, SalienceConfigSchema } from './salience-config.ts';

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
