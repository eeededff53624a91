import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of optional kinds whose formats live in the generator's shared files. */
export const AB_SHARED_KINDS: Pick<
	CodeFormats,
	'careToolbar' | 'sourceAtEnd' | 'titleEcho' | 'gallery'
> = {
	careToolbar: {
		rate: 0.08,
		atTop: 0.6,
		bars: ['无障碍阅读 | 关怀版 | 语音朗读 | 放大镜 | 重置', '适老化模式  开启大字  指读  退出'],
		assistants: [
			'您好，我是{place}政务小助手，请问有什么可以帮您？\n猜您想问：如何办理居住证？',
			'智能客服\n热门问题：社保卡补办 | 不动产登记 | 公积金提取',
		],
	},
	sourceAtEnd: {
		rate: 0.07,
		tops: ['{date}', '发表于 {date}'],
		ends: ['（稿件来源：{source}）', '本文原载于{source}，{date}', '——来自{source}'],
	},
	titleEcho: {
		rate: 0.1,
		browserLines: ['{ptitle} - {column} - {site}', '{column}｜{ptitle}'],
		crumbs: ['首页 › {column} › {short}', '当前位置：{column} > {ptitle}'],
		columns: ['乡镇动态', '部门信息', '本地要闻', '公示公告'],
		ellipses: ['…', '...'],
		shortAt: 16,
	},
	gallery: {
		rate: 0.06,
		heads: ['图片新闻（共{count}张）', '【组图】 {count}图'],
		counters: ['（{i}/{count}）', '第{i}张，共{count}张'],
		controls: ['◀ 上一幅  下一幅 ▶', '点击查看大图'],
		controlRate: 0.4,
		feet: ['返回图片列表', '—— 共{count}幅 ——'],
	},
};
