import type { CollectionTagFormats } from './web-pages-s-collection-tag.ts';
import type { DeskCreditsFormats } from './web-pages-s-desk-credits.ts';
import type { EditedNoticeFormats } from './web-pages-s-edited-notice.ts';
import type { LinkDirectoryFormats } from './web-pages-s-link-directory.ts';
import type { FoldLineFormats } from './web-pages-t-fold-line.ts';
import type { IssueGuideFormats } from './web-pages-t-issue-guide.ts';
import type { SourceLinkFormats } from './web-pages-t-source-link.ts';
import type { BannerStripFormats } from './web-pages-t-banner-strip.ts';
import { T_HOSTS } from './web-pages-formats-t-views.ts';

// Split t's wording of split s's kinds, and the kinds split t brings, written blind.

/** Split t's WeChat 修改 notices. */
export const T_EDITED_NOTICE: EditedNoticeFormats = {
	rate: 0.06,
	atEnd: 0.5,
	days: [1, 5],
	dates: ['YYYY年MM月DD日', 'MM月DD日'],
	heads: ['（本文已于{edited}修改）', '修改于{edited}'],
	ends: ['本文于{edited}经作者修改', '已编辑于{edited}'],
};

/** Split t's WeChat 话题 tags. */
export const T_COLLECTION_TAG: CollectionTagFormats = {
	rate: 0.08,
	labels: ['本文收录于以下话题', '合集', ''],
	topics: ['{place}新闻', '政务动态', '便民信息', '乡村振兴在{place}'],
	items: [(p) => `#${p.topic} ${p.count}个`, (p) => `#${p.topic}`],
	count: [1, 3],
	posts: [5, 300],
	glues: [' ', '\n'],
};

/** Split t's blocks of links to other sites. */
export const T_LINK_DIRECTORY: LinkDirectoryFormats = {
	rate: 0.06,
	heads: ['友情链接', '相关网站', ''],
	groups: [
		{ label: '国务院部门网站', sites: ['中国政府网', '国家发展改革委', '教育部'] },
		{
			label: '省级政府网站',
			sites: ['甘肃省人民政府', '西藏自治区人民政府', '宁夏回族自治区人民政府'],
		},
		{ label: '{city}各县区', sites: ['{place}', '{place}'] },
		{ label: '县直部门', sites: ['{place}财政局', '{place}民政局'] },
	],
	count: [1, 4],
	sites: [0, 3],
	glues: [' ', '\n', '：'],
};

/** Split t's e-paper desk lines. */
export const T_DESK_CREDITS: DeskCreditsFormats = {
	rate: 0.08,
	atTop: 0.4,
	lines: [
		'责任编辑：{name}　版式：{name}　校对：{name}',
		'本版主编 {name}　编辑 {name}　组版 {name}',
	],
};

/** Split t's opened 展开全文 folds. */
export const T_FOLD_LINE: FoldLineFormats = {
	rate: 0.1,
	above: [1, 2],
	lines: ['展开剩余{percent}%', '点击展开全文 ∨', '阅读全文 ▽', '余下全文（{percent}%）'],
};

/** Split t's 原文链接 lines, their addresses dated the article's day. */
export const T_SOURCE_LINK: SourceLinkFormats = {
	rate: 0.12,
	hosts: T_HOSTS,
	urls: (p) => [
		`http://www.${p.host}/xwzx/bdxw/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
		`https://${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n.slice(0, 4)}_${p.n}.html`,
		`https://www.${p.host}/content/${p.year}-${p.month}/${p.day}/content_${p.n}.htm`,
	],
	lines: ['原文链接：{url}', '原文地址：\n{url}', '本文链接：{url}', '阅读原文 {url}'],
};

/** Split t's e-paper 导读 boxes. */
export const T_ISSUE_GUIDE: IssueGuideFormats = {
	rate: 0.12,
	atTop: 0.5,
	heads: ['今日导读', '本期导读', '■ 导读', ''],
	pages: [(n) => `第${String(n).padStart(2, '0')}版`, (n) => `A${n}`, (n) => `${n}版`],
	items: ['{title}　{page}', '▶{page}　{title}', '{title}……{page}'],
	count: [2, 4],
};

/** Split t's strips of 专题 banners. */
export const T_BANNER_STRIP: BannerStripFormats = {
	rate: 0.12,
	atTop: 0.4,
	heads: ['专题专栏 >>更多', '', '热点专题'],
	banners: [
		'学习贯彻党的二十大精神',
		'优化营商环境 {place}在行动',
		'创建全国文明城市',
		'{year}年民生实事',
		'扫黑除恶 常态化开展',
		'我为群众办实事',
		'河长制 湖长制',
		'安全生产月',
		'“双减”工作进行时',
		'政府网站找错 我来挑错',
	],
	count: [2, 5],
	glues: ['\n', '　'],
};
