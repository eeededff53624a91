import { describe, expect, test } from 'vitest';
import { readSourceNote } from './source-notes.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// A note that names where the text came from, closing the article or under its headline: a
// reprint's 本文转载自…, 本文来自【…】, a bracketed 转自/来源, a contributor's （… 供稿）.

describe('来源说明', () => {
	test('转载说明说出原发单位', () => {
		expect(readSourceNote('（本文转载自某某日报，版权归原作者所有，如有侵权请联系删除）')).toEqual({
			source: '某某日报',
			original: true,
		});
		// An account that is no news outlet's only carried the text: a keyed source beats it.
		expect(readSourceNote('本文转自“某某发布”微信公众号。')).toEqual({
			source: '某某发布',
			account: true,
		});
		expect(readSourceNote('（原文刊载于《某某日报》2021年8月3日）')).toEqual({
			source: '某某日报',
			original: true,
		});
	});

	// A note citing the print issue's page (`（原载于《某某日报》2021年8月3日第2版）`) records where the
	// paper printed the text, often a body's own release the paper ran: it names the paper, which is
	// the page's source only where no field names one.
	test('注明报纸版次的刊发记录只在没有来源字段时说出来源', () => {
		expect(readSourceNote('（原文刊载于《某某日报》2021年8月3日第2版）')).toEqual({
			source: '某某日报',
			printed: true,
		});
		expect(readSourceNote('（原载于《某某日报》2021-08-03第02版）')).toEqual({
			source: '某某日报',
			printed: true,
		});
		const keyed = itemsOf([
			'当前位置：首页 > 新闻中心',
			'某某县召开春季森林防火工作推进会',
			'发布时间：2021-08-04 09:12　来源：某某县应急管理局',
			...LEAD,
			'（原载于《某某日报》2021年8月3日第2版）',
		]);
		expect(keyed[0]).toMatchObject({ source: '某某县应急管理局', date: '2021-08-04' });
		expect(keyed[0]!.paragraphs.join('\n')).not.toContain('原载');
		const [bare] = itemsOf([
			'当前位置：首页 > 新闻中心',
			'某某县召开春季森林防火工作推进会',
			'',
			...LEAD,
			'（原载于《某某日报》2021年8月3日第2版）',
		]);
		expect(bare).toMatchObject({ source: '某某日报' });
	});

	test('“本文来自”“本文来源”说出来源', () => {
		expect(readSourceNote('本文来自【某某卫视《某某新闻》】，仅代表作者观点。')).toEqual({
			source: '某某卫视《某某新闻》',
		});
		expect(readSourceNote('本文来源：某某县融媒体中心')).toEqual({ source: '某某县融媒体中心' });
		expect(readSourceNote('（某某县应急管理局 供稿）')).toEqual({ source: '某某县应急管理局' });
		// WeChat's line over an article another account shared.
		expect(readSourceNote('以下文章来源于某某日报')).toEqual({ source: '某某日报' });
		expect(readSourceNote('以下文章来源于 某某县融媒体中心 ，作者 王某')).toEqual({
			source: '某某县融媒体中心',
		});
	});

	test('正文句子不是来源说明', () => {
		expect(readSourceNote('来自全国各地的200多名代表参加了会议。')).toBeUndefined();
		expect(readSourceNote('（本文作者为某某大学教授）')).toBeUndefined();
		// A row of fields keyed 文章来源 is the page's meta line, read as fields.
		expect(readSourceNote('文章来源：某某日报　　发稿时间：2021-08-03')).toBeUndefined();
		expect(readSourceNote('本文来源：某某日报 发布时间：2021-08-03')).toBeUndefined();
		expect(
			readSourceNote('（转自群众的来信，有删节，内容以原件为准，请读者注意甄别）'),
		).toBeUndefined();
		// A disclaimer about the web at large names no outlet.
		expect(readSourceNote('本文转载自其他网站，仅供参考，如有侵权请联系删除。')).toBeUndefined();
		expect(readSourceNote('（本文来源于互联网，如有侵权请联系删除）')).toBeUndefined();
	});
});

describe('页面上的来源说明', () => {
	const head = ['当前位置：首页 > 新闻中心', '某某县召开春季森林防火工作推进会', ''];

	test('文末的来源说明在没有来源字段时说出来源，并从正文里去掉', () => {
		const [a] = itemsOf([...head, ...LEAD, '（本文来源：某某县应急管理局）']);
		expect(a).toMatchObject({ source: '某某县应急管理局' });
		expect(a!.paragraphs.join('\n')).not.toContain('本文来源');
	});

	test('转载说明的原发单位胜过转载网站自己的来源字段', () => {
		const [a] = itemsOf([
			head[0]!,
			head[1]!,
			'发布时间：2021-08-03　来源：某某县政府办',
			'',
			...LEAD,
			'（本文转载自某某日报，版权归原作者所有，如有侵权请联系删除）',
		]);
		expect(a).toMatchObject({ date: '2021-08-03', source: '某某日报' });
	});

	test('来源字段已是新闻媒体时，转载说明里另一家媒体只是转载的出处', () => {
		const [a] = itemsOf([
			head[0]!,
			head[1]!,
			'发布时间：2021-08-03　来源：光明日报',
			'',
			...LEAD,
			'本文转载自某某市晚报，如有侵权请联系删除',
		]);
		expect(a).toMatchObject({ date: '2021-08-03', source: '光明日报' });
	});

	test('“本文来自”不胜过来源字段', () => {
		const [a] = itemsOf([
			head[0]!,
			head[1]!,
			'发布时间：2021-08-03　来源：某某县政府办',
			'',
			...LEAD,
			'本文来自某某日报客户端，仅代表作者观点。',
		]);
		expect(a).toMatchObject({ source: '某某县政府办' });
	});
});
