import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// What a saved web page prints around the story that is not the story: a site's 编者按 or 导语 box
// between the headline and the text, a search engine's cache notice above the page, readers'
// comments below it, a reprint's disclaimer.

const HEAD = ['某某县人民政府', '首页 | 政务公开 | 新闻中心', '某某县召开春季森林防火工作推进会'];
const META = '发布时间：2023-05-08 10:20　来源：某某县应急管理局';

/** The one item of the page, which must be the story whole. */
function onlyItem(lines: string[]) {
	const items = itemsOf(lines);
	expect(items.map((a) => a.title)).toEqual(['某某县召开春季森林防火工作推进会']);
	return { body: items[0]!.paragraphs.join('\n') };
}

describe('标题和正文之间的编者按、导语', () => {
	test('“编者按：”一段不是正文，也不另成一篇', () => {
		const a = onlyItem([
			...HEAD,
			META,
			'编者按：为展示各地春季防火工作成效，本网推出系列报道，今日刊发第一篇。',
			...LEAD,
		]);
		expect(a.body).not.toContain('编者按');
		expect(a.body).toContain('森林防火工作推进会');
	});

	test('方括号里的“导读”和单独一行的“编者的话”带走其下一段', () => {
		const a = onlyItem([...HEAD, META, '【导读】全文约1500字，阅读约需4分钟', ...LEAD]);
		expect(a.body).not.toContain('导读');
		const b = onlyItem([
			...HEAD,
			META,
			'▍编者的话',
			'春季是森林火灾易发期，本网今起开设专栏，关注各乡镇的防火一线。',
			...LEAD,
		]);
		expect(b.body).not.toContain('编者的话');
		expect(b.body).not.toContain('本网今起开设专栏');
		expect(b.body).toContain('森林防火工作推进会');
	});

	test('正文里提到“编者按”的句子照旧保留', () => {
		const a = onlyItem([
			...HEAD,
			META,
			...LEAD,
			'编者按：这一栏目由县融媒体中心与应急管理局联合推出，欢迎读者来信反映身边的防火隐患。',
		]);
		expect(a.body).toContain('联合推出');
	});
});

describe('搜索引擎快照的提示', () => {
	test('快照提示和原网址在页首，不是标题，也不另成一篇', () => {
		onlyItem([
			'这是 Google 对 http://www.example.gov.cn/art/2023/5/8/art_1_1.html 的缓存。这是该网页在 2023年6月1日 09:30:12 GMT 的快照。当前页面可能已经更改。',
			'百度快照',
			...HEAD,
			META,
			...LEAD,
		]);
	});
});

describe('正文后的网友评论', () => {
	const comments = [
		'李华　2023-05-09 08:12',
		'防火无小事，支持！',
		'赞(12)　回复',
		'某某县网友　05-10 19:40',
		'希望各村都能落实到位。',
		'赞(3)　回复',
	];

	test('署名和时间、赞和回复：评论一条也不留在正文里', () => {
		const a = onlyItem([...HEAD, META, ...LEAD, '全部评论 2', ...comments, '查看更多评论']);
		expect(a.body).not.toContain('支持');
		expect(a.body).not.toContain('落实到位');
		expect(a.body).toContain('确保全县森林资源安全');
	});

	test('“昵称：内容”和其下的时间、点赞也是评论', () => {
		const a = onlyItem([
			...HEAD,
			META,
			...LEAD,
			'网友评论（2）',
			'张三：防火无小事，支持！',
			'05-09 08:12 · 山东　12赞',
			'王五：希望各村都能落实到位。',
			'2023-05-10 19:40 · 河南　3赞',
		]);
		expect(a.body).not.toContain('支持');
		expect(a.body).not.toContain('落实到位');
	});

	test('昵称、评论和“时间 地区 赞N”各占一行，上一条评论的时间行不在（被当作日期读走）也不留评论', () => {
		const a = onlyItem([
			...HEAD,
			META,
			...LEAD,
			'山那边的人 · 河南',
			'大家一起守护绿水青山！',
			'山这边的人',
			'为家乡点赞',
			'05-09 08:12 河南  赞21',
			'小河流水 · 山东',
			'希望各村都能落实到位。',
			'2023-05-10 19:40 河南  赞5',
			'查看更多评论',
		]);
		expect(a.body).not.toContain('绿水青山');
		expect(a.body).not.toContain('落实到位');
		expect(a.body).toContain('确保全县森林资源安全');
	});

	test('“发表于”的署名行和“回复 | 举报”', () => {
		const a = onlyItem([
			...HEAD,
			META,
			...LEAD,
			'游客 发表于 2023年5月9日 08:12',
			'防火无小事，支持！',
			'回复 | 举报',
		]);
		expect(a.body).not.toContain('支持');
	});
});

describe('评论的时间不是网页的日期', () => {
	// The head keys its source and prints no date: only a comment's time could date the page.
	const undated = '来源：某某县应急管理局';
	const pages: [string, string[]][] = [
		['“时间 地区 赞N”一行', ['李华', '防火无小事，支持！', '2019-02-09 10:03 山东  赞66']],
		[
			'时间和地区一行，“赞N”另起一行',
			['李华', '防火无小事，支持！', '2019-02-09 10:03 山东', '赞66'],
		],
		['时间后接“回复”和点赞数', ['李华', '防火无小事，支持！', '2019-02-09 10:03  回复  👍94']],
	];
	for (const [name, comment] of pages)
		test(`${name}：不给网页定日期`, () => {
			const items = itemsOf([...HEAD, undated, ...LEAD, '网友评论', ...comment]);
			expect(items.map((a) => a.title)).toEqual(['某某县召开春季森林防火工作推进会']);
			expect(items[0]!.date).toBeNull();
			expect(items[0]!.paragraphs.join('\n')).not.toContain('支持');
		});
});

describe('不是评论的行', () => {
	test('分页打印的页眉、页脚和短段落之间的署名日期行，正文一行不少', () => {
		const items = itemsOf([
			'2023/5/8 10:20\t某某县召开春季森林防火工作推进会',
			'某某县召开春季森林防火工作推进会',
			META,
			LEAD[0]!,
			'会议指出，防火形势严峻。',
			'某某县林业局 2023年5月8日',
			'会议要求，各乡镇要立即行动。',
			'第1页 1/2',
			'2023/5/8 10:20\t某某县召开春季森林防火工作推进会',
			'回复群众关切，做到件件有着落。',
			'某某县应急管理局 2023年5月9日',
			LEAD[1]!,
			'第2页 2/2',
		]);
		const body = items.map((a) => a.paragraphs.join('\n')).join('\n');
		for (const line of ['防火形势严峻', '立即行动', '件件有着落', '确保全县森林资源安全'])
			expect(body).toContain(line);
	});
});

describe('评论数的提示', () => {
	test('“共有N条评论”一行单独在正文后，不是正文', () => {
		const a = onlyItem([...HEAD, META, ...LEAD, '共有12条评论，登录后参与讨论']);
		expect(a.body).not.toContain('评论');
	});
});

describe('转载声明', () => {
	test('“声明：”开头的转载免责说明不是正文，其上的编审行也不是', () => {
		const a = onlyItem([
			...HEAD,
			META,
			...LEAD,
			'编审：张三 | 监制：李四',
			'声明：转载此文旨在传递更多信息，若文章来源标注有误或涉及您的合法权益，请与我们联系，我们将及时更正或删除。',
		]);
		expect(a.body).not.toContain('声明');
		expect(a.body).not.toContain('监制');
	});
});

describe('电子报的按钮', () => {
	test('一行只有几个方括号按钮，不是正文', () => {
		const a = onlyItem([...HEAD, META, ...LEAD, '【返回上页】【保存本文】']);
		expect(a.body).not.toContain('返回上页');
	});
});
