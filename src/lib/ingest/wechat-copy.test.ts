import { describe, expect, test } from 'vitest';
import { isAccountLine } from './outlets.ts';
import { itemsOf } from './web-test-page.ts';

// A WeChat article copied as text: the headline, the account's line (原创, author, account, time,
// 发表于 province, on one line or stacked), the body, and end matter of stacked credits. The account
// posted the text; a 来源 in the end matter, or WeChat's `以下文章来源于…` over the body, names where
// the text came from, and beats the account.

const BODY = [
	'5月8日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
	'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
];

describe('微信文章复制成的文本', () => {
	test.each([
		[['王小明 某某县科学技术协会', '某某县科学技术协会']],
		[['某某县农业农村局 某某县农业农村局', '某某县农业农村局']],
	])('标题下堆叠的作者加账号行、账号行（%j）不作标题', (account) => {
		for (const lead of ['', '央视网消息（新闻联播）：']) {
			const [a] = itemsOf([
				'护林有“招”',
				...account,
				'2024年5月8日 18:00 浙江',
				'来源 | 某某日报',
				'',
				`${lead}${BODY[0]!}`,
				BODY[1]!,
			]);
			expect(a?.title).toBe('护林有“招”');
		}
	});

	test('账号行是作者加账号、或账号印两遍；以机构名收尾的标题（…党建联盟）单独一行不是账号行', () => {
		expect(isAccountLine('王小明 某某县科学技术协会')).toBe(true);
		expect(isAccountLine('原创 某某县农业农村局 某某县农业农村局')).toBe(true);
		expect(isAccountLine('某某市成立上市公司党建联盟')).toBe(false);
		expect(isAccountLine('抱团发展 互促共赢')).toBe(false);
	});

	test('账号行只给出账号时，账号就是来源', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'原创 王某 某某县应急管理局 2024-05-08 18:00 浙江',
			...BODY,
			'编辑：李某',
			'审核：张某',
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某县应急管理局' });
	});

	test('文末竖排的“来源：”胜过账号行的账号', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局 2024年05月08日 18:00 发表于浙江',
			...BODY,
			'来源：某某日报',
			'编辑：李某',
			'审核：张某',
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某日报' });
	});

	test('账号单独一行、时间在下一行，文末来源仍胜过账号', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局',
			'2024年05月08日 18:00 发表于浙江',
			...BODY,
			'来源丨某某日报',
			'编辑丨李某',
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某日报' });
	});

	test('“原创”账号单独一行、时间在下一行：账号是来源', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'原创 某某县应急管理局',
			'2024年05月08日 18:00 发表于浙江',
			'↑ 点击蓝字 关注我们 ↑',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某县应急管理局' });
	});

	test('作者和时间一行、“发表于”另起一行：时间是日期，账号是来源', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局',
			'原创 欧阳晓　2024-05-08 18:00',
			'发表于浙江',
			...BODY,
		]);
		expect(a).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2024-05-08',
			source: '某某县应急管理局',
		});
	});

	test('“发表于”在时间之前：时间是日期，账号是来源', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局',
			'发表于浙江 2024年05月08日 18:00',
			...BODY,
		]);
		expect(a).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2024-05-08',
			source: '某某县应急管理局',
		});
	});

	test('“以下文章来源于”说出原文的来源', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'某某县应急管理局',
			'2024年05月08日 18:00 发表于浙江',
			'以下文章来源于某某日报',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2024-05-08', source: '某某日报' });
	});

	test('文末视频卡片留下的残字（“…视频…赞，轻点两下取消赞…”）不进正文', () => {
		const [a] = itemsOf([
			'某某县召开春季森林防火工作推进会',
			'原创 王某 某某县应急管理局 2024-05-08 18:00 浙江',
			...BODY,
			'，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言',
			'编辑：李某',
		]);
		expect(a!.paragraphs).toEqual(BODY);
	});
});
