import { expect, test } from 'vitest';
import { organisationPlace } from './organisation-place.ts';
import { getPlaceIndex } from './place-index.ts';

const index = getPlaceIndex();

test('浙江大学推进…: the place a university is named after', () => {
	expect(organisationPlace(['浙江大学推进人才培养', '学校召开会议。'], index)).toBe('330000');
});

test('a seated body in the lead counts when the headline names none', () => {
	expect(organisationPlace(['人才培养再上新台阶', '武汉协和医院开展义诊活动。'], index)).toBe(
		'420100',
	);
});

test('a place name with no university, hospital or institute after it gives nothing', () => {
	expect(organisationPlace(['浙江推进人才培养', '各地召开会议，部署学科建设。'], index)).toBe(
		undefined,
	);
});
