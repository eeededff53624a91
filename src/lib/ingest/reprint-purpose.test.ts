import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { isPhraseFurniture } from './phrase-furniture.ts';

const furniture = readPageFurniture();

test('转载的用途声明（仅供学习交流、不作商业用途）不论措辞都是页面家具', () => {
	for (const line of [
		'本号转载仅供学习交流，不作商业用途。',
		'文章转自网络，仅供学习参考',
		'本公众号推送的文章均不用于商业用途，如有异议请联系我们',
		'转载此文出于传递更多信息之目的',
	])
		expect(isPhraseFurniture(line, furniture), line).toBe(true);
	for (const line of [
		'相关数据仅供内部学习交流，不得外传。',
		'该县将对非商业用途的文化场馆实行免费开放。',
		'市民转发的短视频仅供参考，一切以官方发布为准，请勿轻信谣言，广大群众要提高辨别能力。',
	])
		expect(isPhraseFurniture(line, furniture), line).toBe(false);
});
