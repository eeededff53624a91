import { describe, expect, test } from 'vitest';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import { lineSourceCandidates } from './web-source-candidates.ts';

// One office often carries a second nameplate (一个机构两块牌子), and signs with the portfolio of the
// second in brackets after its own name, the body word left out: `某某县自然资源局（林业）`. The
// bracket is part of the name; a credit or an edition in brackets after an outlet is not.

describe('机构名后括号里的加挂职能', () => {
	test('机构名加括号里的职能是一个发布者名', () => {
		expect(isPublisherName('某某县自然资源局（林业）')).toBe(true);
		expect(isPublisherName('某某市文化广电和旅游局（体育）')).toBe(true);
		expect(isPublisherName('某某县卫生健康局（张伟）')).toBe(false);
		expect(isPublisherName('某某日报（体育）')).toBe(false);
	});

	test('来源字段保留括号里的职能', () => {
		expect(
			readPageMetaLine('发布时间：2024-03-05 09:12　来源：某某县自然资源局（林业）　浏览：120'),
		).toMatchObject({ date: '2024-03-05', source: '某某县自然资源局（林业）' });
	});

	test('括号里不是职能时仍只取机构名', () => {
		expect(
			readPageMetaLine('发布时间：2024-03-05 09:12　来源：某某县自然资源局（原创）'),
		).toMatchObject({ source: '某某县自然资源局' });
	});

	test('候选名保留括号里的职能', () => {
		expect(
			lineSourceCandidates('信息来源：某某县自然资源局（林业）', 0).map((c) => c.text),
		).toContain('某某县自然资源局（林业）');
	});
});

// A paper or a media centre keeps reporters' stations in the counties (记者站), and a county's
// cultural centre (文化馆, 文化站: mass culture's office, not a venue visited) posts on the county's
// site: each is a publisher's name, and a station named in brackets after its centre (`某某县融媒体中心（记者站）`)
// is the centre's second nameplate.
describe('记者站与馆', () => {
	test('报社的县记者站、县文化馆是发布者名', () => {
		expect(isPublisherName('某某日报某某县记者站')).toBe(true);
		expect(isPublisherName('某某县文化馆')).toBe(true);
		expect(isPublisherName('某某县融媒体中心（记者站）')).toBe(true);
	});

	test('来源字段保留括号里的记者站', () => {
		expect(
			readPageMetaLine('来源：某某县融媒体中心（记者站）　　发布时间：2020-2-7 星期五'),
		).toMatchObject({ date: '2020-02-07', source: '某某县融媒体中心（记者站）' });
		expect(
			lineSourceCandidates('（稿件来源：某某县融媒体中心（记者站））', 0).map((c) => c.text),
		).toContain('某某县融媒体中心（记者站）');
	});

	test('日期旁的记者站、文化馆是来源', () => {
		expect(readPageMetaLine('某某日报某某县记者站 | 2022年03月25日 12:31（星期五）')).toMatchObject(
			{
				date: '2022-03-25',
				source: '某某日报某某县记者站',
			},
		);
		expect(readPageMetaLine('某某县文化馆 2019-10-14 08:14')).toMatchObject({
			date: '2019-10-14',
			source: '某某县文化馆',
		});
	});
});

// A release is often signed by the section inside the office that wrote it, the section named in
// brackets after its office (`某某县人民政府办公室（综合科）`, `某某县委宣传部（新闻股）`): the bracket
// is part of the publisher's name. A person's name or an edition in brackets is not.
describe('机构名后括号里的科室', () => {
	test('机构名加括号里的科室是一个发布者名', () => {
		expect(isPublisherName('某某县人民政府办公室（综合科）')).toBe(true);
		expect(isPublisherName('某某县委宣传部（新闻股）')).toBe(true);
		expect(isPublisherName('某某市发展和改革委员会（价格处）')).toBe(true);
		expect(isPublisherName('某某日报（新闻科）')).toBe(false);
	});

	test('来源字段保留括号里的科室', () => {
		expect(
			readPageMetaLine('时间：2024年03月05日　来源：某某县人民政府办公室（综合科）　作者：张伟'),
		).toMatchObject({ date: '2024-03-05', source: '某某县人民政府办公室（综合科）' });
	});
});
