import { expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// An e-paper's masthead may print the paper's name on one line and the day alone on the
// next (`某某日报电子版` over `24年01月19日 星期五`): that day is the issue's, which a notice's
// signature after the story (`某某卫生院　2024.01.10`) does not overrule.
test('报头名下一行单独的日期是本期日期，文后启事落款的日期不是', () => {
	const [a] = itemsOf([
		'某某县日报电子版',
		'24年01月19日 星期五',
		'14／文旅·体育',
		'',
		'某某县召开春季森林防火工作推进会',
		'1月18日，某某县召开春季森林防火工作推进会，部署下一阶段重点任务，压实各方责任。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，确保全县森林资源安全。',
		'',
		'声明·启事',
		'注销公告：某某县城关镇卫生院经股东会决议注销，请债权人自公告之日起45日内申报债权。',
		'某某县城关镇卫生院　2024.01.10',
	]);
	expect(a).toMatchObject({ date: '2024-01-19' });
});
