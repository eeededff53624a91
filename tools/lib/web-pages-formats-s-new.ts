import type { CollectionTagFormats } from './web-pages-s-collection-tag.ts';
import type { DeskCreditsFormats } from './web-pages-s-desk-credits.ts';
import type { EditedNoticeFormats } from './web-pages-s-edited-notice.ts';
import type { LinkDirectoryFormats } from './web-pages-s-link-directory.ts';

/** Split s's WeChat 已修改 notices: the day the account edited the post, under the header or after the text. */
export const S_EDITED_NOTICE: EditedNoticeFormats = {
	rate: 0.22,
	atEnd: 0.5,
	days: [1, 9],
	dates: ['YYYY-MM-DD', 'YYYY年MM月DD日', 'YYYY年M月D日', 'MM月DD日'],
	heads: ['文章已于{edited}修改', '（本文已于{edited}修改）', '已修改于{edited}'],
	ends: ['修改于{edited}', '修改于{edited}\n阅读原文', '本文于{edited}进行了修改'],
};

/** Split s's WeChat 合集 tags between the header and the text. */
export const S_COLLECTION_TAG: CollectionTagFormats = {
	rate: 0.28,
	labels: ['收录于合集', '收录于话题', ''],
	topics: [
		'{place}发布',
		'乡村振兴',
		'政务动态',
		'权威发布',
		'民生实事',
		'走进{place}',
		'基层治理',
		'营商环境',
		'文明实践',
		'政策解读',
	],
	items: [
		(p) => `#${p.topic} ${p.count}个`,
		(p) => `#${p.topic}  ${p.count}`,
		(p) => `#${p.topic}`,
		(p) => `${p.topic}·${p.count}篇`,
	],
	count: [1, 3],
	posts: [3, 420],
	glues: [' ', '\n', '  '],
};

/** Split s's portal 网站链接 blocks above the footer. */
export const S_LINK_DIRECTORY: LinkDirectoryFormats = {
	rate: 0.2,
	heads: ['友情链接', '相关链接', '网站链接：', ''],
	groups: [
		{
			label: '政府网站 ▼',
			sites: ['中国政府网', '{city}人民政府', '{city}政务服务网', '{place}人民政府'],
		},
		{
			label: '部门网站 ▼',
			sites: [
				'{place}教育局',
				'{place}公安局',
				'{place}财政局',
				'{place}民政局',
				'{place}水利局',
				'{place}交通运输局',
			],
		},
		{
			label: '乡镇（街道）网站 ▼',
			sites: ['城关镇', '城东街道', '城西街道', '新华街道', '南关镇', '北山乡', '河口镇', '石桥镇'],
		},
		{
			label: '其他网站 ▼',
			sites: ['人民网', '新华网', '中国文明网', '信用中国', '12345政务服务便民热线'],
		},
		{
			label: '新闻媒体 ▼',
			sites: ['{city}日报', '{city}广播电视台', '{place}融媒体中心'],
		},
	],
	count: [2, 4],
	sites: [0, 4],
	glues: ['  ', ' | ', '\n'],
};

/** Split s's e-paper desk lines: the page's editors, designer and proofreader. */
export const S_DESK_CREDITS: DeskCreditsFormats = {
	rate: 0.3,
	atTop: 0.55,
	lines: [
		'本版编辑：{name}　美编：{name}　校对：{name}',
		'本版责编　{name}　版式　{name}　校对　{name}',
		'责任编辑/{name} 美术编辑/{name} 责任校对/{name}',
		'版面编辑：{name}\n校对：{name}',
		'编辑 {name}  组版 {name}  校对 {name}  审签 {name}',
	],
};
