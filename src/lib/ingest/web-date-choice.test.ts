import { describe, expect, test } from 'vitest';
import { itemDateRows, pickWebDate } from './web-date-choice.ts';
import { furniture, itemsOf } from './web-test-page.ts';

// The shipped web date model over a page whose head prints other dates than the page's: a bar of
// other notices with their days above the headline, and a document's days of effect under the meta
// line. The page's own published date stays the item's.

const TEXT = [
	'5月27日，某某县召开夏季安全生产工作会议，通报上半年安全生产形势，部署下一阶段重点工作。',
	'会议要求，各部门要压紧压实安全责任，深入开展隐患排查整治，坚决遏制较大事故发生。',
];
const PAGE = [
	'最新公告：关于开展防汛演练的通知（2024-06-03）  关于第二批名单的公示（2024-06-01）',
	'某某县召开夏季安全生产工作会议',
	'发布日期：2024-05-28　信息来源：某某县应急管理局',
	'生效日期：2024-07-01　失效日期：2029-06-30',
	...TEXT,
];
const model = furniture.webDateModel!;

describe('网页日期模型', () => {
	test('模型文件随仓库发布', () => {
		expect(model.features.length).toBeGreaterThan(10);
	});

	test('公告栏和施行期的日期不是网页的日期', () => {
		const [item] = itemsOf(PAGE);
		expect(item?.date).toBe('2024-05-28');
	});

	test('候选里规则的日期得分最高时保留规则的日期', () => {
		const lines = PAGE.map((text, i) => ({ text, line: i + 1 }));
		const [rows] = itemDateRows(lines, [{ date: '2024-05-28', paragraphs: TEXT }]);
		const k = pickWebDate(rows!, model.boosted, model.margin, model.keepAbove);
		expect(rows!.dates[k]).toBe('2024-05-28');
	});
});
