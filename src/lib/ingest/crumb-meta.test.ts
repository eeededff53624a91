import { expect, test } from 'vitest';
import { breadcrumbMetaTail } from './crumb-meta.ts';
import { itemsOf } from './web-test-page.ts';

const BODY = [
	'今年以来，某某镇把人居环境整治作为乡村振兴的基础工程，组织党员干部带头清理房前屋后。',
	'全镇累计清理垃圾1200余吨，新建小微公园8处，群众满意度明显提升。',
];

test('面包屑路径后面印的字段或日期和发布单位是网页的信息', () => {
	expect(
		breadcrumbMetaTail('所在位置：首页 > 镇村快讯 > 正文　 日期：2022-03-16 稿源：某某镇人民政府'),
	).toBe('日期：2022-03-16 稿源：某某镇人民政府');
	expect(breadcrumbMetaTail('首页 » 基层动态  2022年3月16日 10:05  某某镇人民政府')).toBe(
		'2022年3月16日 10:05  某某镇人民政府',
	);
	expect(breadcrumbMetaTail('首页 > 镇村快讯 > 某某镇扎实推进人居环境整治')).toBeUndefined();
	expect(breadcrumbMetaTail('日期：2022-03-16 稿源：某某镇人民政府')).toBeUndefined();
});

test('只有面包屑行给出日期和发布单位的网页，取这一行的日期和来源', () => {
	const [a] = itemsOf([
		'某某镇人民政府网站',
		'所在位置：首页 > 镇村快讯　　2022-03-16 10:05　某某镇人民政府',
		'某某镇扎实推进人居环境整治',
		'',
		...BODY,
	]);
	expect(a).toMatchObject({
		title: '某某镇扎实推进人居环境整治',
		date: '2022-03-16',
		source: '某某镇人民政府',
	});
});

test('面包屑的最后一级是日期：日期是网页的日期，前一级是机构名时它是来源', () => {
	expect(breadcrumbMetaTail('位置：首页 » 部门信息 » 某某县林业局 » 2022年3月16日 10:05')).toBe(
		'某某县林业局 · 2022-03-16',
	);
	expect(breadcrumbMetaTail('首页 → 镇村快讯 → （2022/3/16）')).toBe('2022-03-16');
	const [a] = itemsOf([
		'某某镇人民政府网站',
		'位置：首页 » 部门信息 » 某某县林业局 » 2022年3月16日 10:05',
		'某某镇扎实推进人居环境整治',
		'',
		...BODY,
	]);
	expect(a).toMatchObject({ date: '2022-03-16', source: '某某县林业局' });
	const [b] = itemsOf([
		'某某镇人民政府网站',
		'首页 → 镇村快讯 → （2022/3/16）',
		'某某镇扎实推进人居环境整治',
		'',
		...BODY,
	]);
	expect(b?.date).toBe('2022-03-16');
});

// A location bar may print the page's fields in brackets after its last step, glued to it
// (`首页 > 部门动态（2022-03-16 10:05 来源：某某镇人民政府）`): the brackets hold the page's meta.
test('面包屑末级后括号里的字段是网页的信息', () => {
	expect(
		breadcrumbMetaTail('当前位置：首页 → 镇村快讯（2022年03月16日10时05分 来源：某某镇人民政府）'),
	).toBe('2022年03月16日10时05分 来源：某某镇人民政府');
	expect(breadcrumbMetaTail('首页 > 通知公告（22年3月16日 来源：某某县应急管理局）')).toBe(
		'22年3月16日 来源：某某县应急管理局',
	);
	expect(breadcrumbMetaTail('首页 > 专题专栏 > 乡村振兴（图文）')).toBeUndefined();
	const [a] = itemsOf([
		'某某镇人民政府网站',
		'当前位置：首页 → 镇村快讯（2022年03月16日10时05分 来源：某某镇人民政府）',
		'某某镇扎实推进人居环境整治',
		'',
		...BODY,
	]);
	expect(a).toMatchObject({ date: '2022-03-16', source: '某某镇人民政府' });
});
