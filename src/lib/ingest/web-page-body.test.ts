import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// The body of a saved web page that holds one article: what after its last paragraph opens no
// story, whatever its wording.

describe('只有一篇文章的网页', () => {
	test('正文后孤零零的电头（只带记者署名、后面没有正文）不另起一篇，记者署名下的小标题和各段仍归本文', () => {
		const items = itemsOf([
			'某某县人民政府门户网站',
			'首页 | 新闻中心 | 政务公开 | 互动交流',
			'全县冬春水利建设全面铺开',
			'发布时间：2021-11-20 09:30　来源：某某县水利局',
			'某某县水利局讯 入冬以来，全县上下抢抓农时，集中力量推进冬春农田水利基本建设，一批塘坝、渠系工程相继开工。',
			'据介绍，今冬明春全县计划完成塘坝清淤一百二十座，整修渠道八十公里，新增和改善灌溉面积两万亩。',
			'多方筹资保投入',
			'本报记者 某某某',
			'县财政统筹整合涉农资金三千余万元，优先保障小型水利工程建设，同时引导村集体和种植大户投工投劳。',
			'各乡镇成立工作专班，实行挂图作战，每周调度工程进度，确保工程在明年春耕前全部完工并投入使用。',
			'本网讯（记者 某某某）',
			'上一篇：全县召开秋冬季安全生产会议',
			'主办单位：某某县人民政府办公室',
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs.join('\n')).toContain('各乡镇成立工作专班');
	});
});
