import { expect, test } from 'vitest';
import { isLabelWithEditors } from './page-label.ts';
import { isCreditLine } from './line-roles.ts';
import { itemsOf } from './web-test-page.ts';

// A credit line names how the story was made and by whom (its text, pictures, writing, photos,
// reporting) in any wording of its roles: it credits the story under the headline and heads none;
// the page's editors after an e-paper's page label are furniture, as the label is.

test('两三个“角色：人名”组成的署名行，角色怎么写都算', () => {
	expect(isCreditLine('撰写/王明  摄像/李强')).toBe(true);
	expect(isCreditLine('采访：王明 编辑：李强 摄影：赵亮')).toBe(true);
	// One role and a phrase after its colon is a headline's shape, not a credit.
	expect(isCreditLine('文旅：假日消费旺')).toBe(false);
});

test('转播的导语上面，标题下的署名行不是标题', () => {
	const [item] = itemsOf([
		'某某区完成小型水库安全鉴定',
		'撰写/王明  摄像/李强',
		'央视网消息（新闻联播）：5月6日，某某区完成全区小型水库安全鉴定。',
		'区水务局组织专业人员逐座核查大坝、溢洪道和放水设施，对鉴定中发现的问题督促各管护单位制定整改方案。',
	]);
	expect(item).toMatchObject({ title: '某某区完成小型水库安全鉴定' });
});

test('版面标签后面带着本版编辑，是版面的家具，不是标题', () => {
	expect(isLabelWithEditors('B05 文化·副刊  美编：王明')).toBe(true);
	expect(isLabelWithEditors('B05 某某：王明')).toBe(false);
	const [item] = itemsOf([
		'某某日报  2024年05月06日  星期一',
		'B05 文化·副刊  美编：王明',
		'某某区完成小型水库安全鉴定',
		'5月6日，某某区完成全区小型水库安全鉴定。',
		'区水务局组织专业人员逐座核查大坝、溢洪道和放水设施，对鉴定中发现的问题督促各管护单位制定整改方案。',
	]);
	expect(item).toMatchObject({ title: '某某区完成小型水库安全鉴定', date: '2024-05-06' });
});
