import type { CodeFormats } from './web-pages-formats.ts';

const NBSP = '\u00a0';

/**
 * Split h's formats (held out), written blind from what saved county and city pages look like: the
 * names a browser, Notepad or an e-paper system gives them, and four layouts no other split has (a
 * WeChat article copied as text, a hard-wrapped PDF copy, a headline broken over two lines, a 政务公开
 * table above the headline).
 */
export const BLIND_H: CodeFormats = {
	fileNames: (epaper, p) => {
		const copy = 2 + (Number(p.n.slice(-1)) % 8);
		return epaper
			? [
					`${p.paper}_${p.day}.txt`,
					`${p.day}-${p.n.slice(0, 2)}版.txt`,
					`${p.safe}--${p.paper}数字报.txt`,
					`新建文本文档 - 副本 (${copy}).txt`,
				]
			: [
					// Chrome turns the `|` of a `<title>` into `_` with spaces kept around it.
					`${p.safe} _ ${p.site}.txt`,
					`${p.day}-${p.safe}.txt`,
					`新建文本文档 - 副本.txt`,
					`detail-${p.n}.txt`,
					`${p.day}_${p.n.slice(0, 6)}.htm.txt`,
					`${p.safe}.html.txt`,
				];
	},
	otherDates: ['YYYY/MM/DD', '（YYYY-MM-DD）', 'MM月DD日', 'YYYY-M-D', 'MM/DD', 'YYYY-MM-DD'],
	indents: ['', '', '\u3000\u3000', '\u3000\u3000', '  ', NBSP.repeat(4), ' \u3000\u3000'],
	topOrders: [
		['nav', 'search'],
		['search', 'nav', 'toolbar'],
		['toolbar', 'nav'],
		['nav', 'toolbar', 'search'],
		['search', 'nav'],
	],
	metaBelowBody: 0.06,
	flattenTop: 0.05,
	bylineAtEnd: 0.12,
	mixedWidth: 0.08,
	wechatCopy: {
		rate: 0.55,
		heads: (p) => {
			const tag = p.original ? '原创 ' : '';
			return [
				`${tag}${p.author} ${p.account} ${p.time} ${p.province}`,
				`${p.original ? '原创\n' : ''}${p.author}\n${p.account}\n${p.time}\n${p.province}`,
				`${p.account} ${p.time} 发表于${p.province}`,
				`${tag}${p.account}\n${p.time} 发表于${p.province}`,
				`${tag}${p.author}${NBSP}${p.account}${NBSP}${NBSP}${p.time}${NBSP}${p.province}`,
			];
		},
		times: ['YYYY-MM-DD HH:mm', 'YYYY年MM月DD日 HH:mm', 'YYYY年M月D日 HH:mm'],
		provinces: [
			'安徽',
			'江西',
			'浙江',
			'福建',
			'湖北',
			'湖南',
			'陕西',
			'四川',
			'重庆',
			'河南',
			'云南',
			'广西',
		],
		credits: [
			'来源：{source}\n编辑：{name}\n审核：{name}\n监制：{name}',
			'来源丨{source}\n编辑丨{name}\n初审丨{name}\n复审丨{name}\n终审丨{name}',
			'来源：{source}\n责任编辑：{name}\n校对：{name}',
			'文字来源：{source}\n编辑：{name}  审核：{name}',
		],
		repostLines: ['以下文章来源于{source}', '来源：{source}', '转自：{source}'],
	},
	hardWrap: { rate: 0.12, columns: [40, 78] },
	titleBreak: 0.1,
	infoTable: {
		rate: 0.15,
		tables: (p) => [
			`索 引 号：${p.n}/${p.year}-${p.n.slice(-5)}\t主题分类：综合政务\n发布机构：${p.source}\t成文日期：${p.date}\n名${NBSP}${NBSP}${NBSP}${NBSP}称：${p.title}\n文${NBSP}${NBSP}${NBSP}${NBSP}号：\t发布日期：${p.date}`,
			`信息索引号\t${p.n}-${p.year}-${p.n.slice(0, 4)}\t公开方式\t主动公开\n发布单位\t${p.source}\t发布时间\t${p.date}`,
			`索引号：\n${p.n}/${p.year}-${p.n.slice(-4)}\n发布机构：\n${p.source}\n公开日期：\n${p.date}\n公开形式：\n主动公开`,
			`标${NBSP}${NBSP}题\t${p.title}\n发布时间\t${p.date}\n信息来源\t${p.source}`,
			`【索引号】${p.n}/${p.year}-${p.n.slice(1, 6)}  【公开方式】主动公开\n【发文机关】${p.source}  【发布日期】${p.date}\n【有效性】有效`,
		],
	},
};
