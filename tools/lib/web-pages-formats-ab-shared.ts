import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of optional kinds whose formats live in the generator's shared files. */
export const AB_SHARED_KINDS: Pick<
	CodeFormats,
	'careToolbar' | 'sourceAtEnd' | 'titleEcho' | 'gallery' | 'savedTwice' | 'pagedBody' | 'topicPage'
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
		tops: ['{date} 更新', '发表于 {date}'],
		ends: ['（本稿转自：{source}）', '本文原载于{source}，{date}', '——来自{source}'],
	},
	titleEcho: {
		rate: 0.1,
		browserLines: ['{ptitle} — {site}·{column}', '{column} ∣ {ptitle}'],
		crumbs: ['首页 › {column} › {short}', '当前位置：{column} > {ptitle}'],
		columns: ['镇村传真', '部门动态速览', '县域新闻', '通知与公示'],
		ellipses: ['…', '...'],
		shortAt: 16,
	},
	gallery: {
		rate: 0.06,
		heads: ['图片新闻（共{count}张）', '【组图】 {count}图'],
		counters: ['〔{i}／{count}〕', '第{i}张，共{count}张'],
		controls: ['◀ 上一幅  下一幅 ▶', '轻触图片放大'],
		controlRate: 0.4,
		feet: ['回到组图目录', '—— 共{count}幅 ——'],
	},
	savedTwice: {
		rate: 0.04,
		mobile: 0.6,
		heads: ['{place}政府网 手机版', '≡ {site}  移动端'],
		metas: ['{source} ｜ {date}', '发布：{date} 来源：{source}'],
		feet: ['电脑版 | 触屏版 | 返回顶部', '© {site} 手机门户'],
	},
	pagedBody: {
		rate: 0.05,
		pages: [2, 4],
		pagers: [
			(page, total) => `第${page}页/共${total}页  首页 上一页 下一页 尾页`,
			(page, total) =>
				`« ${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(' ')} »`,
		],
	},
	topicPage: {
		rate: 0.05,
		banners: [
			'学习贯彻党的二十届三中全会精神专题',
			'{place}优化营商环境专栏',
			'{year}年{place}防汛抗旱专题',
		],
		menus: ['专题首页 | 工作动态 | 政策文件 | 媒体报道', '要闻速递  基层声音  图说专题'],
		crumbs: ['所在位置：专题专栏 > 工作动态', '专题 › {place} › 动态'],
	},
};
