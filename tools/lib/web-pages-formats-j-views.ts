import type { CodeFormats, InfoTableParts, WechatHeadParts } from './web-pages-formats.ts';
import type { PrintParts, UrlParts } from './web-pages-views.ts';

/** An index number as 政务公开 catalogues print it: the agency's code, the year, a serial. */
const indexNumber = (p: InfoTableParts) => `1161${p.n.padEnd(14, '0')}X/${p.year}-${p.n.slice(-5)}`;

/**
 * Split j's own wording of the page kinds that earlier splits brought in (a WeChat article copied
 * as text, a 政务公开 table, a mobile view, a print view, a reprint under a shorter headline, a
 * 学习强国 copy), written blind from their option types alone, at rates of its own.
 */
export const BLIND_J_VIEWS: Pick<
	CodeFormats,
	'wechatCopy' | 'infoTable' | 'mobileView' | 'printView' | 'retitle' | 'platformCopy'
> = {
	wechatCopy: {
		rate: 0.3,
		heads: (p: WechatHeadParts) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} ${p.province}`,
			`${p.account}\n${p.time}　发表于${p.province}`,
			`${p.original ? '原创　' : ''}${p.account}　${p.time}`,
			`${p.account} ${p.time}${p.original ? ' 原创' : ''}\n作者：${p.author}`,
		],
		times: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm', 'YYYY年M月D日 HH:mm'],
		provinces: ['陕西', '贵州', '云南', '河南', '山西', '湖南', '四川', '广西'],
		credits: [
			'来源：{source}\n编辑：{name}\n初审：{name}\n终审：{name}',
			'文字｜{source}\n编辑｜{name}\n责编｜{name}\n监制｜{name}',
			'本期编辑：{name}　审核：{name}　来源：{source}',
		],
		repostLines: ['转自：{source}', '来源：{source}公众号', '本文转载自“{source}”'],
	},
	infoTable: {
		rate: 0.1,
		tables: (p) => [
			`索 引 号：${indexNumber(p)}\n组配分类：工作动态\n发布机构：${p.source}\n发布日期：${p.date}\n名　　称：${p.title}\n有 效 性：有效`,
			`索引号：${indexNumber(p)}　　公开方式：主动公开\n发布机构：${p.source}　　发文日期：${p.date}\n标题：${p.title}`,
			`信息索引号 | ${indexNumber(p)}\n公开目录 | 工作动态\n发布单位 | ${p.source}\n公开日期 | ${p.date}\n公开范围 | 面向社会`,
			`索引号\t${indexNumber(p)}\t生成日期\t${p.date}\n发布机构\t${p.source}\t公开形式\t网站\n标题\t${p.title}`,
		],
	},
	mobileView: {
		rate: 0.08,
		heads: ['返回\n{site}', '< 返回　{place}人民政府', '☰　{site}手机版'],
		tails: [
			'返回顶部\n电脑版 | 手机版',
			'{site}移动版　主办：{place}人民政府办公室',
			'切换到电脑版',
		],
	},
	printView: {
		rate: 0.06,
		hosts: ['zsx.gov.cn', 'qsz.gov.cn', 'nxx.gov.cn', 'hsx.gov.cn', 'ljx.gov.cn'],
		urls: (p: UrlParts) => [
			`http://www.${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n.slice(0, 4)}_${p.n}.html`,
			`https://www.${p.host}/xwzx/zwyw/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
			`http://${p.host}/info/${p.n.slice(0, 4)}/${p.n}.htm`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm'],
		heads: (p: PrintParts) => [
			`${p.printed}　${p.title}_${p.site}`,
			`${p.printed}\n${p.site}`,
			`${p.site} - ${p.title}　　${p.printed}`,
		],
		feet: (p: PrintParts) => [
			`${p.url}　1/2`,
			`${p.url}\n第 1 页，共 1 页`,
			`${p.url}　${p.printed}`,
		],
	},
	retitle: {
		rate: 0.25,
		above: ['原标题：{ptitle}', '（原题：{ptitle}）'],
		below: ['原题为《{ptitle}》', '本文原标题：{ptitle}'],
	},
	platformCopy: {
		rate: 0.12,
		heads: ['学习强国', '学习强国 | {place}学习平台', '学习强国APP\n{source}'],
		tails: [
			'本文来源：{source}\n责任编辑：{name}',
			'分享到学习强国\n收藏　点赞',
			'推荐阅读：{title}',
		],
	},
};
