import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split n's formats (held out when written, developed against since o), written blind like the
 * furniture's `n` lists: the names a browser, a phone or an e-paper system gives a saved page, the
 * dates of other articles, indents, the order of the top lines, the rates of the earlier splits'
 * page kinds, and the page kinds only n has (a 听新闻 player above the body, a 三审三校 block after it, a
 * 信息公开目录 entry run across one line above the headline, a 公众号 article re-posted with the account's
 * follow prompts).
 */
export const BLIND_N: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}.txt`,
					`${p.day}_${p.paper}_第${p.n.slice(-2)}版.txt`,
					`dzb_${p.n.slice(0, 6)}.txt`,
					`${p.safe.slice(0, 30)}（${p.paper}）.txt`,
				]
			: [
					`${p.safe}（${p.site}）.txt`,
					`content_${p.day}${p.n.slice(-4)}.txt`,
					`${p.safe.slice(0, 18)}——${p.site}.txt`,
					`${p.site}_${p.safe.slice(0, 24)}.htm.txt`,
					`detail-${p.n}.txt`,
					`${p.safe}_打印版.txt`,
				],
	otherDates: ['YYYY/MM/DD', 'M月D日', '(YYYY-MM-DD)', 'YYYY.MM.DD', 'MM/DD', 'YYYY年M月D日'],
	indents: ['', '\u3000\u3000', '  ', '\u3000\u3000', '\u3000 '],
	topOrders: [
		['nav', 'toolbar', 'search'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['nav'],
		['toolbar', 'search', 'nav'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.08,
	bylineAtEnd: 0.1,
	mixedWidth: 0.05,
	hardWrap: { rate: 0.05, columns: [34, 46] },
	titleBreak: 0.06,
	infoTable: {
		rate: 0.06,
		tables: (p) => [
			`索引号：${p.n}/${p.year}-00${p.n.slice(-3)}\n信息分类：工作动态\n发布机构：${p.source}\n发布日期：${p.date}\n名称：${p.title}`,
			`索 引 号 | ${p.n}-${p.year}\n发文单位 | ${p.source}\n发文日期 | ${p.date}\n公开方式 | 主动公开`,
		],
	},
	mobileView: {
		rate: 0.07,
		heads: ['{site}\n< 返回', '← {site}　···', '手机版 | {place}政府网'],
		tails: ['打开{place}APP，阅读体验更佳', '电脑版　|　手机版\n©{year} {site}', '返回顶部 ↑'],
	},
	videoPlayer: {
		rate: 0.04,
		blocks: (p) => [
			`▶ 00:00 / ${p.duration}\n播放量 ${p.plays}`,
			`视频时长 ${p.duration}　已播放${p.plays}次`,
			`[视频] ${p.duration}\n全屏　静音`,
		],
	},
	sideColumn: {
		rate: 0.04,
		blocks: [
			'发布日期\n{date}\n信息来源\n{source}',
			'文章信息\n来源：{source}\n时间：{date}\n浏览：{n}',
		],
	},
	metaRow: {
		rate: 0.05,
		rows: ['发布时间 | {date} | 来源 | {source}', '日期\t{date}\t来源\t{source}\t浏览\t{n}'],
	},
	editorNote: {
		rate: 0.04,
		notes: [
			'【编者按】近期，本网推出系列报道，展示各地各部门抓落实的新举措新成效。',
			'导读：本文约1500字，阅读需要4分钟',
			'【导语】\n连日来，记者深入基层一线采访，记录发展中的新变化。',
		],
	},
	audioPlayer: {
		rate: 0.1,
		voices: ['度小美', '度小宇', '晓晓', '标准女声', '标准男声', '播音男声'],
		blocks: (p) => [
			`听新闻\n▶ 00:00 / ${p.duration}`,
			`语音播报\n${p.duration}　倍速 1.0x`,
			`🔊 听全文（约${p.duration}）`,
			`AI主播 ${p.voice} 为您播报\n00:00 ━━━━━━ ${p.duration}`,
			`点击收听\n语音合成：${p.voice}　时长${p.duration}`,
			`播放　00:00/${p.duration}　语速：正常`,
			`本文可收听 · 时长 ${p.duration} · 音色：${p.voice}`,
		],
	},
	reviewBlock: {
		rate: 0.12,
		blocks: [
			'初审：{name}\n复审：{name}\n终审：{name}',
			'初审：{name}　复审：{name}　终审：{name}',
			'一审：{name} 二审：{name} 三审：{name}',
			'校对：{name}\n初审：{name}\n复审：{name}\n终审：{name}',
			'一审一校：{name}\n二审二校：{name}\n三审三校：{name}',
			'【初审：{name} | 复审：{name} | 终审：{name}】',
			'审核：{name}（初审） {name}（复审） {name}（终审）',
			'文字编辑：{name}　责任校对：{name}　审核：{name}　终审：{name}',
		],
	},
	catalogLine: {
		rate: 0.08,
		withMeta: 0.4,
		writtenDates: ['YYYY-MM-DD', 'YYYY年MM月DD日', 'YYYY年M月D日'],
		lines: (p) => {
			const code = `${p.n}${p.n.slice(0, 4)}/${p.year}-00${p.n.slice(-3)}`;
			return [
				`索引号：${code}　主题分类：综合政务　发布机构：${p.source}　成文日期：${p.written}　发布日期：${p.date}　文号：无`,
				`[索引号] ${code} [发布机构] ${p.source} [发布日期] ${p.date} [有效性] 有效`,
				`信息索引号：${code}  信息分类：政务动态  公开方式：主动公开  发布机构：${p.source}  成文日期：${p.written}  公开日期：${p.date}`,
				`索引号：${code} | 公开目录：部门动态 | 公开责任部门：${p.source} | 公开时限：长期公开 | 发布日期：${p.date}`,
				`索 引 号：${code}　　发布单位：${p.source}　　发布时间：${p.date}　　公开形式：网站`,
			];
		},
	},
	accountRepost: {
		rate: 0.07,
		accounts: [
			'{place}发布',
			'微{place}',
			'{place}融媒',
			'{place}政务',
			'{city}发布',
			'{place}组工',
		],
		heads: [
			'点击蓝字 关注{account}',
			'↑点击上方“{account}”关注我们',
			'关注{account}，获取最新政务资讯',
			'【{account}】欢迎关注、转发',
			'▲ 点击上方蓝色字体，关注“{account}”',
		],
		tails: [
			'— END —\n长按识别二维码，关注{account}',
			'▼ ▼ ▼\n关注{account}\n获取更多资讯',
			'扫码关注{account}\n微信号：{n}',
			'喜欢就分享给身边的朋友吧\n关注“{account}”，了解{place}大小事',
			'【{account}】微信公众号 欢迎投稿',
		],
	},
};
