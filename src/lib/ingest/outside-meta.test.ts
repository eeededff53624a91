import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { readHtmlMeta } from './html-meta.ts';

const furniture = readPageFurniture();
const encode = (text: string) => new TextEncoder().encode(text);

const page = [
	'县里召开春耕生产推进会',
	'本报讯 12月30日，县农业农村局召开会议，部署冬春农业生产工作，要求各乡镇落实种子化肥储备，组织农技人员下乡指导。',
	'会议指出，今年全县粮食生产再获丰收，各乡镇要及早谋划明年春耕，抓好高标准农田建设和农机具检修，确保不误农时。',
	'会上，各乡镇负责人汇报了冬季农田水利建设进展，县农技推广中心就小麦冬季管理作了技术培训。',
	'据了解，全县今年新建高标准农田五万亩，完成农机购置补贴发放一千二百余万元，培训新型职业农民八百余人次，为明年粮食生产打下了坚实基础。',
	'会议要求，各乡镇要压实粮食安全责任，把春耕备耕各项任务分解到村到户，县直有关部门要加强农资市场监管，严厉打击制售假劣农资行为，切实保障农民利益。',
	'',
	'社区食堂开进老旧小区',
	'本报记者 王晓',
	'走进街道新开的长者食堂，老人们围坐在一起吃上了热乎饭菜，价格实惠，品种丰富，街道还为高龄老人提供送餐上门服务。',
].join('\n');

test('文件名给出版面日期与报名：无电头的稿件取文件名日期，电头跨年时年份减一', () => {
	const { articles } = extractArticles(
		{ path: 'pages/rmrb-2021-01-02-p05.txt', bytes: encode(page) },
		{ furniture },
	);
	expect(articles.map((a) => [a.date, a.dateFrom, a.source, a.sourceFrom])).toEqual([
		['2020-12-30', 'text', '人民日报', 'filename'],
		['2021-01-02', 'filename', '人民日报', 'filename'],
	]);
});

test('--date 与 --source 只补文件名和正文都没有给出的部分', () => {
	const { articles } = extractArticles(
		{ path: 'pages/county-page.txt', bytes: encode(page) },
		{ furniture, contextDate: '2021-01-02', contextSource: '某县融媒体中心' },
	);
	expect(articles.map((a) => [a.date, a.dateFrom, a.sourceFrom])).toEqual([
		['2020-12-30', 'text', 'option'],
		['2021-01-02', 'option', 'option'],
	]);
});

test('HTML 的 meta 标签给出发布日期与网站名', () => {
	expect(
		readHtmlMeta(
			'<head><meta property="og:site_name" content="某某县人民政府"><meta name="PubDate" content="2023/05/06 10:20"><meta content="https://x.cn" name="publisher"></head>',
		),
	).toEqual({ date: '2023-05-06', source: '某某县人民政府' });
});
