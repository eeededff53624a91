import { describe, expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { isPhraseFurniture } from './phrase-furniture.ts';

// A government portal's top-level channels (政务公开, 政务服务, 互动交流…) printed on a line of
// their own are its menu, never a headline, whatever the page's text below looks like.

const furniture = readPageFurniture();
const titleOf = (lines: string[]) =>
	extractArticles(
		{ path: 'site/info_1.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture },
	).articles[0]?.title;

describe('门户网站的栏目名', () => {
	test('只由门户栏目名组成的一行是菜单', () => {
		expect(isPhraseFurniture('信息公开　办事服务　互动交流', furniture)).toBe(true);
		expect(isPhraseFurniture('政务公开 · 公众参与 · 数据开放', furniture)).toBe(true);
		expect(isPhraseFurniture('新闻中心｜信息公开｜政务服务', furniture)).toBe(true);
		// A headline that names a channel among its own words is no menu.
		expect(isPhraseFurniture('某某县推进政务公开 提升政务服务水平', furniture)).toBe(false);
		expect(isPhraseFurniture('政务服务', furniture)).toBe(false);
	});

	test('栏目名一行在标题之上、正文是一首短诗时，标题仍是标题', () => {
		expect(
			titleOf([
				'一封家书里的家国情怀--某某县人民政府网',
				'某某县人民政府网',
				'信息公开　办事服务　互动交流',
				'首页 | 走进某某 | 信息公开 | 办事服务 | 互动交流',
				'您当前的位置：首页 > 新闻中心 > 本县要闻',
				'一封家书里的家国情怀',
				'来源: 某某县档案馆    时间: 2021.04.02  10:20:31    编辑: 张某某',
				'字体大小：超大 大 中 小',
				'▲点击蓝字 关注某某县发布',
				'',
				'  离家已经整整五个年头，',
				'',
				'  山高路远书信难通，',
				'',
				'  每逢佳节倍加思念，',
				'',
				'  唯愿家中老小平安。',
				'',
				'  写于一九四一年春节前夕',
				'',
				'  明',
				'',
				'  1941年1月20日延安',
				'',
			]),
		).toBe('一封家书里的家国情怀');
	});

	test('政策解读栏目的子栏目名（图文解读、专家解读…）单独成行或并列成行都不是标题', () => {
		expect(
			titleOf([
				'某某区人民政府 · 门户网站',
				'首页 | 走进某某区 | 政务公开 | 政务服务 | 政民互动',
				'所在位置:主页 > 政策解读',
				'视频解读',
				'图文解读 · 专家解读 · 部门解读',
				'《丰收》（某某县融媒体中心出品）（乡土笔记）',
				'文章来源：某某区发展改革委　更新时间：2023年5月10日',
				'  为进一步优化营商环境，激发市场主体活力，某某区近日出台优化营商环境若干措施，现就有关内容解读如下。',
				'  措施围绕政务服务、要素保障、法治环境等方面，提出了二十条具体举措，明确了各项任务的责任单位和完成时限。',
			]),
		).toBe('《丰收》（某某县融媒体中心出品）（乡土笔记）');
	});

	test.each(['【政策解读】', '[图文解读]'])(
		'方括号里的栏目名（%s）单独一行在标题之上，不并进标题',
		(label) => {
			expect(
				titleOf([
					'某某县人民政府门户网站',
					'首页 | 政务公开 | 政务服务 | 政民互动',
					'某某县人民政府',
					'县情概况 新闻中心 政务公开 政民互动 专题专栏',
					'当前位置：首页 > 政务公开 > 政策解读',
					label,
					'某某县出台稳就业十条措施',
					'来源：某某县人力资源和社会保障局　发布时间：2024-03-05',
					'  为进一步稳定和扩大就业，某某县近日出台稳就业十条措施，从企业用工、创业扶持等方面加大支持力度。',
					'  措施提出，对吸纳高校毕业生就业的企业给予一次性补贴，对返乡创业人员提供担保贷款和场地支持。',
				]),
			).toBe('某某县出台稳就业十条措施');
		},
	);
});
