import type { AppShareParts } from './web-pages-app-share.ts';
import type { AttachmentItem } from './web-pages-blocks.ts';
import type { CodeFormats } from './web-pages-formats.ts';
import { BLIND_J_VIEWS } from './web-pages-formats-j-views.ts';

/** A file size as download lists print it (356KB, 1.25MB). */
const size = (kb: number) => (kb >= 1024 ? `${(kb / 1024).toFixed(2)}MB` : `${kb}KB`);

/** A count as apps print it (8562, 3.2万, 10万+). */
const count = (n: number) =>
	n >= 100000 ? '10万+' : n >= 10000 ? `${(n / 10000).toFixed(1)}万` : String(n);

/**
 * Split j's formats, written blind like its furniture without reading those of a–i (held out in the
 * round it was written, a development split since): the names a county portal's CMS, an e-paper
 * system or a browser gives a saved page, and the habits of such pages (indents copied from
 * `&emsp;`, menus saved in the order of a two-row header), its own wording of the earlier splits'
 * page kinds (`web-pages-formats-j-views.ts`) and page kinds no other split has.
 */
export const BLIND_J: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}.txt`,
					`content_${p.n.slice(0, 6)}.htm.txt`,
					`${p.safe}_${p.paper}数字报.txt`,
					`${p.day.slice(0, 6)}-${p.day.slice(6)}_${p.n.slice(-4)}.txt`,
				]
			: [
					`${p.safe}（${p.site}）.txt`,
					`detail_${p.n}.txt`,
					`${p.day}${p.n.slice(0, 4)}.htm.txt`,
					`news_${p.n}.html.txt`,
					`${p.safe}-${p.site}-${p.day}.txt`,
					`${p.safe.slice(0, 24)}(2).txt`,
				],
	otherDates: ['(M-D)', 'YYYY/MM/DD', '【MM-DD】', 'M.D', 'YYYY-MM-DD HH:mm'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '  ', '\u00a0\u00a0\u00a0\u00a0', '\u2003\u2003'],
	topOrders: [
		['toolbar', 'nav'],
		['search', 'nav', 'toolbar'],
		['nav'],
		['toolbar', 'search', 'nav'],
		['nav', 'search', 'toolbar'],
	],
	metaBelowBody: 0.06,
	flattenTop: 0.08,
	bylineAtEnd: 0.1,
	mixedWidth: 0.05,
	hardWrap: { rate: 0.05, columns: [56, 80] },
	titleBreak: 0.06,
	...BLIND_J_VIEWS,
	attachmentList: {
		rate: 0.12,
		heads: ['附  件：', '下载附件：', '本文附件', '【附件】', ''],
		files: (p) => [
			`${p.title}.pdf`,
			`${p.year}年度申报汇总表.xlsx`,
			'报名回执.docx',
			'政策解读.pdf',
			'一图读懂.jpg',
			`${p.year}年项目资金分配表.xls`,
			'意见征集表.doc',
			`${p.title}（全文）.wps`,
		],
		items: [
			(i: AttachmentItem) => `${i.index}. ${i.file}（${size(i.kilobytes)}）`,
			(i: AttachmentItem) => `附件${i.index}．${i.file}`,
			(i: AttachmentItem) => `📎 ${i.file}　${size(i.kilobytes)}　下载次数：${i.downloads}`,
			(i: AttachmentItem) => `${i.file} [${size(i.kilobytes)}] 点击下载`,
			(i: AttachmentItem) => `${i.file}\n下载（${i.downloads}次）`,
		],
	},
	videoPlayer: {
		rate: 0.08,
		blocks: (p) => [
			`视频缓冲中，请稍候\n00:00 / ${p.duration}　倍速　全屏`,
			`播放\n00:00\n/\n${p.duration}\n1.0x\n静音\n全屏`,
			`Video Player is loading.\nPlay Video\nCurrent Time 0:00\n/\nDuration ${p.duration}\nLoaded: 0%\nFullscreen`,
			`点此播放 ▶\n${p.duration}`,
			`您的浏览器不支持视频播放，请升级浏览器\n时长：${p.duration}`,
			`00:00 | ${p.duration}\n标清 高清\n倍速 1.0X\n全屏`,
			`${count(p.plays)}次播放　${p.duration}`,
		],
	},
	sideColumn: {
		rate: 0.1,
		blocks: [
			'文章信息\n发布时间\n{date}\n信息来源\n{source}\n浏览次数\n{n}',
			'【文章属性】\n来源：{source}\n日期：{date}\n\n热门文章排行\n{title}\n{title}\n{title}',
			'发布日期：\n{date}\n发布机构：\n{source}\n分享本页：\n微信　微博',
			'{source}\n{date}\n字号　大 中 小\n打印本页\n关闭窗口',
			'发布单位\n{source}\n发布时间\n{date}\n相关专题\n{title}',
		],
	},
	policyReading: {
		rate: 0.08,
		heads: [
			'政策解读',
			'【解读】{title}',
			'解读文件：{title}',
			'文件解读 | 部门解读',
			'图文解读\n一图读懂 · 专家解读 · 媒体解读',
		],
		feet: [
			'相关链接 >>\n原文链接：{title}\n一图读懂：{title}',
			'解读机关：{source}\n解读人：{name}\n联系电话：{n}',
			'【相关文件】\n{title}\n{title}',
			'原文链接 | 图片解读 | 视频解读',
			'文件原文请点击：{title}',
		],
	},
	appShare: {
		rate: 0.1,
		heads: [
			'打开{place}融媒APP，阅读体验更佳',
			'掌上{place}\n打开APP',
			'云上{place}客户端　立即打开',
			'下载客户端 看更多本地新闻\n打开',
			'APP内打开',
		],
		metas: (p: AppShareParts) => [
			`${p.source}　${p.date}`,
			`来源：${p.source}　${p.date}　阅读 ${count(p.reads)}`,
			`${p.date}\n来源：${p.source}`,
			`${p.source}\n${p.date}　阅读量 ${count(p.reads)}`,
		],
		tails: (p: AppShareParts) => [
			`点赞 ${p.likes}　在看 ${Math.floor(p.likes / 3)}\n打开APP，看更多{place}新闻`,
			`阅读 ${count(p.reads)}\n相关推荐\n{title}\n{title}`,
			'— 打开APP 阅读全文 —\n热门推荐\n{title}',
			`下载掌上{place}APP\n参与评论 ${p.comments}`,
			`${count(p.reads)}人已读　点赞${p.likes}\n评论 ${p.comments}　分享`,
		],
	},
};
