import type { CodeFormats } from './web-pages-formats.ts';
import { X_EARLIER } from './web-pages-formats-x-earlier.ts';
import { X_KINDS } from './web-pages-formats-x-kinds.ts';

/**
 * Split x's formats (held out), written blind: the names a county portal's download button, a
 * phone's 另存为 and an e-paper reader's 保存本版 give a page, other articles' dates as side lists
 * print them, indents and the order of a portal's top bars.
 */
export const BLIND_X: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_第${p.n.slice(-1)}版.txt`,
					`epaper-${p.day}-${p.n.slice(0, 4)}.txt`,
					`【${p.paper}】${p.safe}.txt`,
				]
			: [
					`${p.safe}－${p.site}（网页另存）.txt`,
					`gkml_${p.day}_${p.n.slice(0, 6)}.txt`,
					`${p.safe.slice(0, 16)}@${p.day}.txt`,
					`doc${p.n}_${p.day.slice(0, 6)}.txt`,
					`${p.site}｜${p.safe}｜正文.txt`,
				],
	otherDates: ['（YYYY年M月D日）', 'YYYY-MM-DD　', 'M/D', '[YYYY.M.D]'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '\u2003\u2003', '   '],
	topOrders: [
		['toolbar', 'nav'],
		['search', 'nav', 'toolbar'],
		['toolbar', 'search', 'nav'],
		['nav', 'search', 'toolbar'],
	],
	metaBelowBody: 0.06,
	flattenTop: 0.12,
	bylineAtEnd: 0.15,
	mixedWidth: 0.2,
	titleBreak: 0.1,
	hardWrap: { rate: 0.08, columns: [34, 52] },
	infoTable: {
		rate: 0.15,
		tables: (p) => [
			`索 引 号：${p.n.slice(0, 6)}-${p.year}-${p.n.slice(-4)}　　主题分类：综合政务\n发文机关：${p.source}　　成文日期：${p.date}\n标　　题：${p.title}\n发布日期：${p.date}`,
			`信息索引号 | ${p.n}/${p.year}\n公开主体 | ${p.source}\n生成日期 | ${p.date}\n信息名称 | ${p.title}`,
			`【索取号】XZ${p.n.slice(0, 5)}-${p.year}\n【发布部门】${p.source}\n【公开时间】${p.date}\n【公开方式】主动公开`,
		],
	},
	wechatCopy: {
		rate: 0.3,
		heads: (p) => [
			`${p.original ? '原创：' : ''}${p.author}　${p.account}\n${p.time}　IP属地：${p.province}`,
			`${p.account}\n${p.time} 发表于${p.province}${p.original ? '\n以下文章为原创' : ''}`,
			`${p.original ? '【原创】' : ''}${p.account}　｜　作者：${p.author}\n${p.time}`,
		],
		times: ['YYYY年MM月DD日　HH:mm', 'YYYY-M-D HH:mm', 'MM月DD日 HH:mm'],
		provinces: ['甘肃', '宁夏', '吉林', '黑龙江', '贵州', '云南', '福建', '湖南', '山西', '河北'],
		credits: [
			'来源丨{source}\n编辑丨{name}\n审核丨{name}\n监制丨{name}',
			'信息来源：{source}\n本期编辑：{name}　责任编辑：{name}',
			'文稿：{source}｜编辑：{name}｜审校：{name}',
		],
		repostLines: [
			'以下文章来源于{source}',
			'本文转载自微信公众号“{source}”',
			'转载自“{source}”公众号',
		],
	},
	...X_EARLIER,
	...X_KINDS,
};
