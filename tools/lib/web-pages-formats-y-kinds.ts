import type { CodeFormats } from './web-pages-formats.ts';

/**
 * The wordings of split y's own kinds: 分享海报 text after a story, the WeChat reader's interface
 * lines, 作者简介 cards and an e-paper's 版面导航, written blind.
 */
export const Y_KINDS: Pick<
	CodeFormats,
	'sharePoster' | 'wechatChrome' | 'authorCard' | 'pageDirectory'
> = {
	sharePoster: {
		rate: 0.06,
		posters: [
			'生成海报\n{ptitle}\n{source}　{date}\n长按识别二维码　阅读全文',
			'— 分享海报 —\n{ptitle}\n来源：{source}\n{date}\n扫码查看原文',
			'{ptitle}\n{date} | {source}\n长按图片保存，分享给好友',
		],
	},
	wechatChrome: {
		rate: 0.2,
		groups: [
			'视频\n小程序\n赞，轻点两下取消赞\n在看，轻点两下取消在看',
			'分享　留言　收藏　听过',
			'知道了',
			'{place}发布\n滑动查看下一篇',
			'选择留言身份',
			'作者已设置关注后才可以留言',
			'当前内容可能存在未经审核的第三方商业营销信息，请遵循相关法律法规规定，谨慎判断',
			'赞赏作者\n长按二维码向作者赞赏',
			'个人观点，仅供参考',
			'发消息',
			'轻点两下打开表情键盘',
			'已无更多数据',
		],
		count: [2, 5],
	},
	authorCard: {
		rate: 0.05,
		units: [
			'{place}实验中学',
			'{place}城关镇人民政府',
			'{place}人民医院',
			'{place}第一小学',
			'{place}税务局',
			'{place}文化馆',
		],
		cards: [
			'作者简介：{name}，{unit}干部，业余从事新闻写作。',
			'【作者】{name}\n单位：{unit}',
			'作者｜{name}（{unit}）',
			'关于作者\n{name}，供职于{unit}，{place}作家协会会员。',
		],
	},
	pageDirectory: {
		rate: 0.12,
		atTop: 0.5,
		heads: ['版面一览', '本期版面', ''],
		items: ['第{page}版：{section}', '{page}版　{section}', '[{page}] {section}'],
		pages: [4, 8],
		glues: ['\n', '　', ' | '],
	},
};
