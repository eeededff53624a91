import type { CodeFormats } from './web-pages-formats.ts';

/** Split u's blocks in and around a page's text (attachments, players, boxes, reposts), written blind. */
export const U_BLOCKS: Partial<CodeFormats> = {
	attachmentList: {
		rate: 0.08,
		heads: ['附件下载：', '相关附件', ''],
		files: (p) => [`${p.title}.pdf`, `${p.year}年度实施细则.docx`, `申报表（样表）.xlsx`],
		items: [
			(i) => `${i.index}．${i.file}（${i.kilobytes}KB）`,
			(i) => `附件${i.index}：${i.file}\n大小：${i.kilobytes} KB　下载：${i.downloads}次`,
		],
	},
	videoPlayer: {
		rate: 0.05,
		blocks: (p) => [
			`▶ 00:00 / ${p.duration}\n清晰度　倍速　全屏`,
			`视频时长 ${p.duration}　播放量 ${p.plays}`,
		],
	},
	sideColumn: {
		rate: 0.05,
		blocks: ['文章信息\n发布日期：{date}\n来源单位：{source}', '【来源】{source}\n【时间】{date}'],
	},
	policyReading: {
		rate: 0.05,
		heads: ['【政策解读】', '解读文件：{title}'],
		feet: ['原文链接：{title}', '相关解读：图解｜{title}\n政策原文：{title}'],
	},
	commentThread: {
		rate: 0.04,
		heads: [(n) => `网友留言（${n}）`, (n) => `共有${n}条评论`, () => ''],
		items: [
			(c) => `${c.name}　${c.time}\n${c.text}\n来自${c.region}　赞(${c.likes})`,
			(c) => `${c.name}（${c.region}）：${c.text}　${c.time}`,
		],
		texts: ['为家乡点赞！', '希望早日落实到位。', '{place}越来越好了', '请问具体在哪里办理？'],
		handles: ['游客{n}', '{place}网友', '热心市民'],
		regions: ['甘肃', '陕西', '云南', '北京', '广东'],
		times: ['YYYY-MM-DD HH:mm', 'M月D日 HH:mm'],
		tails: ['查看更多评论', '', '文明上网 理性发言'],
	},
	metaRow: {
		rate: 0.05,
		rows: ['信息来源　发布时间\n{source}　{date}', '来源：{source} ┆ 时间：{date} ┆ 点击：{n}'],
	},
	editorNote: {
		rate: 0.05,
		notes: [
			'【编者按】为全面展示基层一线的好做法，本网开设专栏，今日刊发第{nn}期。',
			'导读：近日，{place}多措并举推动工作落地见效。一起来看——',
		],
	},
	topicPage: {
		rate: 0.04,
		banners: ['学习贯彻党的二十大精神\n{place}在行动', '优化营商环境　{year}在行动'],
		menus: ['专题首页 | 工作动态 | 经验交流 | 媒体聚焦', '首页　最新动态　部门行动　乡镇风采'],
		crumbs: ['专题位置：首页 > 工作动态'],
	},
	careToolbar: {
		rate: 0.05,
		atTop: 0.6,
		bars: ['无障碍浏览　长者模式　语音播报　放大　缩小　重置', '适老化 | 关怀版 | 读屏专用'],
		assistants: [
			'智能客服小{place}：您好，请问有什么可以帮您？\n热门问题：社保查询　公积金提取',
			'在线问答 您好！我是政务助手',
		],
	},
	gallery: {
		rate: 0.05,
		heads: ['【组图】共{count}张', '图片新闻（{count}图）'],
		counters: ['{i}/{count}', '（{i}）'],
		controls: ['◀ 上一张　下一张 ▶', '点击查看原图'],
		controlRate: 0.4,
		feet: ['返回图片列表', '本组图片共{count}张'],
	},
	sourceAtEnd: {
		rate: 0.06,
		tops: ['发布日期：{date}', '{date}　字号：大 中 小'],
		ends: ['（来源：{source}）', '文章来源：{source}', '本文转自{source}　{date}'],
	},
	audioPlayer: {
		rate: 0.05,
		voices: ['晓晓', '云扬', '标准女声', '温柔男声'],
		blocks: (p) => [
			`🎧 听全文 ${p.duration}\n${p.voice}（AI合成）`,
			`语音播报　00:00/${p.duration}　${p.voice}`,
		],
	},
	reviewBlock: {
		rate: 0.06,
		blocks: [
			'初审：{name}　复审：{name}　终审：{name}',
			'一校：{name}\n二审：{name}\n三审：{name}',
		],
	},
	catalogLine: {
		rate: 0.04,
		withMeta: 0.5,
		writtenDates: ['YYYY-MM-DD', 'YYYY年M月D日'],
		lines: (p) => [
			`索引号：${p.n} 发布单位：${p.source} 成文日期：${p.written} 发布日期：${p.date} 主题分类：综合政务`,
			`${p.year}-${p.n} | ${p.source} | 成文：${p.written} | 公开：${p.date}`,
		],
	},
	accountRepost: {
		rate: 0.05,
		accounts: ['{place}发布', '微{city}', '{place}融媒'],
		heads: ['关注“{account}”，了解更多资讯', '来源：{account}微信公众号'],
		tails: ['长按二维码关注“{account}”', '▼ 扫码关注 {account}'],
	},
};
