import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split m's page kinds (held out), written blind without reading a–l: a portal page with its
 * floating 无障碍/长者模式 toolbar and 智能问答 widget, a headline echoed in the browser's title line
 * and the breadcrumb, a 图片新闻/组图 page with a picture after each paragraph, a page saved twice into
 * one file, a repost that names its outlet only after the text, and m's own wording of earlier
 * splits' kinds (a WeChat copy, an 信息公开 table, a mobile view, a retitled reprint, a video
 * player, a side column, a meta row, an 编者按 box, readers' comments, an attachment list).
 */
export const M_KINDS: Partial<CodeFormats> = {
	careToolbar: {
		rate: 0.3,
		atTop: 0.5,
		bars: [
			'无障碍浏览\n长者模式\n繁體\n放大\n缩小\n纯文本\n读屏',
			'无障碍 | 关怀版 | 繁體 | 语音朗读 | 指读 | 连读 | 大字幕 | 十字光标 | 重置 | 退出服务',
			'打开无障碍  切换长者模式  简/繁',
			'适老化 · 无障碍\n声音 ⏵ 语速 ⏵ 阅读方式\n配色 放大 缩小 光标 大字幕 重置 退出',
			'长辈版　标准版　无障碍阅读',
			'[无障碍]  [关怀模式]  [繁体]  [English]',
		],
		assistants: [
			'智能问答\n您好！我是{place}政务小助手，请问有什么可以帮您？\n热门问题：\n如何办理居住证？\n社保缴费基数怎么查？\n输入您的问题  发送',
			'智能客服\n有问题，问“{place}小政”',
			'{place}智能问答机器人 在线为您服务\n常见问题 | 办事指南 | 人工客服',
			'政务智能问答（试运行）\n请简要描述您的问题…\n提交',
			'我要问\n热点问答 ∨\n不动产登记需要哪些材料？\n新生儿医保怎么参保？',
			'AI 政务助手 ×\n您好，请问您想咨询什么业务？',
		],
	},
	titleEcho: {
		rate: 0.3,
		browserLines: [
			'{ptitle}_{column}_{site}',
			'{ptitle}-{column}-{place}人民政府',
			'{ptitle} | {column} | {site}',
			'{site}-{column}-{ptitle}',
			'{ptitle}__{site}',
			'{ptitle}_{column}',
		],
		crumbs: [
			'当前位置：首页 > {column} > {ptitle}',
			'首页 > {column} > {short}',
			'您所在的位置：{site} >> {column} >> {short}',
			'首页 / {column} / 正文：{ptitle}',
			'位置：首页 → {column} → {short}',
		],
		columns: [
			'要闻动态',
			'部门动态',
			'乡镇街道',
			'政务要闻',
			'图片新闻',
			'县区动态',
			'通知公告',
			'媒体聚焦',
			'本地要闻',
			'工作动态',
		],
		ellipses: ['…', '...', '..', '……'],
		shortAt: 18,
	},
	gallery: {
		rate: 0.1,
		heads: [
			'组图：共{count}张',
			'图片新闻',
			'【组图】',
			'高清图集 | 共{count}张图片',
			'点击图片查看下一张',
		],
		counters: ['{i}/{count}', '（{i}/{count}）', '第{i}张 共{count}张', '{i} / {count}'],
		controls: ['上一张　下一张', '查看原图', '< 上一张 | 下一张 >', '▶ 自动播放', '全屏查看'],
		controlRate: 0.35,
		feet: ['返回图片列表', '【图集完】', '更多图片 >>', '共{count}张图片  重新浏览'],
	},
	savedTwice: {
		rate: 0.06,
		mobile: 0.5,
		heads: ['{site} 手机版', '≡ {site}  🔍', '{place}发布\n返回', '< 返回  {site}'],
		metas: [
			'{date}  {source}',
			'{source}　{date}',
			'来源：{source}  {date}',
			'{date} 来源：{source} 阅读 {n}',
		],
		feet: ['电脑版 | 手机版 | 返回顶部', '打开APP 阅读体验更佳', '©{site} 手机版', '查看电脑版'],
	},
	sourceAtEnd: {
		rate: 0.3,
		tops: [
			'发布时间：{date}',
			'{date}　阅读：{n}',
			'时间：{date}　字号：大 中 小',
			'{date}  浏览量：{n}  【打印】',
			'发布日期：{date}　作者：{name}',
		],
		ends: [
			'本文来源：{source}',
			'（来源：{source}）',
			'文章来源：{source}  原文链接',
			'来源：{source}  {date}',
			'（本文转自{source}）',
			'信息来源：{source}　责任编辑：{name}',
		],
	},
	wechatCopy: {
		rate: 0.35,
		heads: (p) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account} ${p.time} 发表于${p.province}`,
			`${p.account}\n${p.time} ${p.province}`,
			`${p.original ? '原创　' : ''}${p.account}　${p.time}`,
			`${p.author}  ${p.account}\n${p.time}`,
		],
		times: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm', 'YYYY年M月D日 HH:mm'],
		provinces: ['山东', '安徽', '江苏', '河南', '甘肃', '湖南', '湖北', '陕西'],
		credits: [
			'来源：{source}\n编辑：{name}\n初审：{name}\n终审：{name}',
			'文字：{name}　图片：{name}\n来源：{source}',
			'稿件来源｜{source}\n责编｜{name}',
			'来源丨{source}\n编辑丨{name}  审核丨{name}',
		],
		repostLines: ['本文转自：{source}', '转载自“{source}”', '来源｜{source}'],
	},
	mobileView: {
		rate: 0.06,
		heads: ['< 返回　　{site}　　···', '{place}发布 · 手机版\n首页 > 正文', '← 详情'],
		tails: ['返回首页 | 电脑版', '打开{place}融媒APP\n阅读体验更佳', '—— 已经到底了 ——'],
	},
	retitle: {
		rate: 0.3,
		above: ['（原题：{ptitle}）', '原文标题：{ptitle}'],
		below: ['（原标题为《{ptitle}》）', '原题目：{ptitle}'],
	},
	videoPlayer: {
		rate: 0.05,
		blocks: (p) => [
			`▶ 00:00 / ${p.duration}\n倍速  清晰度  全屏`,
			`视频播放量：${p.plays}\n时长 ${p.duration}`,
			`点击播放\n${p.duration}\n1.0x  标清  ⛶`,
		],
	},
	sideColumn: {
		rate: 0.05,
		blocks: [
			'文章信息\n发布日期：{date}\n信息来源：{source}\n字号：大 中 小',
			'【发布时间】{date}\n【来　　源】{source}\n【浏览次数】{n}',
			'日期：{date}\n出处：{source}\n打印本页　关闭窗口',
		],
	},
	metaRow: {
		rate: 0.05,
		rows: [
			'来源 | {source} | 时间 | {date} | 浏览 | {n}',
			'信息来源\t发布日期\t浏览次数\n{source}\t{date}\t{n}',
			'发布单位：{source}　|　日期：{date}　|　点击：{n}',
		],
	},
	editorNote: {
		rate: 0.05,
		notes: [
			'【编者按】近期，我县各地各部门认真贯彻落实上级部署，本网推出系列报道，敬请关注。',
			'编者的话：\n为展示基层一线的生动实践，本网开设专栏，今日刊发第{nn}篇。',
			'【导读】一起来看看这些变化。',
		],
	},
	commentThread: {
		rate: 0.05,
		heads: [(n) => `网友留言（${n}）`, (n) => `共有${n}条评论`, () => '精选留言'],
		items: [
			(c) => `${c.name}  ${c.region}\n${c.text}\n${c.time}  赞 ${c.likes}`,
			(c) => `${c.name}：${c.text}（${c.time}，来自${c.region}）`,
		],
		texts: ['为家乡点赞！', '希望我们村也能早点推广', '实实在在的好事', '{place}越来越好了'],
		handles: ['{place}老乡', '山里人家', '微笑向暖', '追风少年'],
		regions: ['山东', '江苏', '河南', '安徽'],
		times: ['MM-DD HH:mm', 'YYYY-MM-DD'],
		tails: ['查看更多评论 ∨', '', '以上留言由公众号筛选后显示'],
	},
	attachmentList: {
		rate: 0.05,
		heads: ['附件列表：', '', '相关附件下载'],
		files: (p) => [`${p.title}.pdf`, `${p.year}年实施方案.docx`, '报名登记表.xlsx', '政策问答.wps'],
		items: [
			(i) => `${i.index}. ${i.file}（${i.kilobytes}KB）  下载次数：${i.downloads}`,
			(i) => `附件${i.index}：${i.file}\n大小 ${i.kilobytes}KB`,
		],
	},
	infoTable: {
		rate: 0.08,
		tables: (p) => [
			`索引号：${p.n}/${p.year}-${p.n.slice(0, 5)}　　主题分类：综合政务\n发文机关：${p.source}　　成文日期：${p.date}\n标　　题：${p.title}\n发布日期：${p.date}`,
			`索 引 号\n${p.n.slice(0, 8)}-${p.year}-${p.n.slice(-4)}\n主题分类\n其他\n发布机构\n${p.source}\n发布日期\n${p.date}`,
			`信息名称：${p.title}\n索引号：${p.n}　　公开方式：主动公开\n发布机构：${p.source}　　生成日期：${p.date}`,
		],
	},
};
