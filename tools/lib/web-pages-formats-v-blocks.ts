import type { CodeFormats } from './web-pages-formats.ts';

type Blocks = Pick<
	CodeFormats,
	| 'attachmentList'
	| 'videoPlayer'
	| 'sideColumn'
	| 'policyReading'
	| 'commentThread'
	| 'metaRow'
	| 'editorNote'
	| 'topicPage'
	| 'careToolbar'
	| 'titleEcho'
	| 'gallery'
	| 'savedTwice'
	| 'sourceAtEnd'
>;

const COLUMNS = ['乡镇动态', '部门信息', '今日要闻', '图片新闻', '基层风采', '政务信息'];

/** Split v's blocks around and inside a page's text (attachments, players, comments, boxes …), written blind. */
export const V_BLOCKS: Blocks = {
	attachmentList: {
		rate: 0.1,
		heads: ['附件列表：', '', '【附件】'],
		files: (p) => [
			`${p.title}.pdf`,
			`${p.year}年资金分配表.xlsx`,
			`申请表（样表）.docx`,
			`${p.title}（图解）.jpg`,
		],
		items: [
			(i) => `${i.index}.${i.file}　（${i.kilobytes}KB）`,
			(i) => `附件${i.index}：${i.file}　下载次数：${i.downloads}`,
		],
	},
	videoPlayer: {
		rate: 0.06,
		blocks: (p) => [`▶ ${p.duration}\n已播放${p.plays}次`, `00:00 / ${p.duration}　倍速　全屏`],
	},
	sideColumn: {
		rate: 0.05,
		blocks: [
			'信息来源\n{source}\n发布日期\n{date}',
			'【来源】{source}\n【日期】{date}\n【浏览】{n}',
		],
	},
	policyReading: {
		rate: 0.05,
		heads: ['政策解读 ▸ 相关文件：{title}', '一图读懂｜{title}'],
		feet: ['相关政策文件：{title}', '解读机构：{source}　解读人：{name}'],
	},
	commentThread: {
		rate: 0.05,
		heads: [(n) => `全部评论（${n}）`, (n) => `网友留言 ${n} 条`, () => ''],
		items: [
			(c) => `${c.name}　${c.region}\n${c.text}\n${c.time}　赞${c.likes}`,
			(c) => `${c.name}：${c.text}（${c.time}，IP属地：${c.region}）`,
		],
		texts: ['为家乡点赞！', '{place}越来越好了', '希望能早日落实', '请问怎么报名？', '辛苦了'],
		handles: ['{place}老乡', '路过的网友', '匿名用户{n}'],
		regions: ['广西', '河北', '江西', '四川', '北京', '广东'],
		times: ['MM-DD HH:mm', 'YYYY-MM-DD'],
		tails: ['查看更多评论 ∨', ''],
	},
	metaRow: {
		rate: 0.06,
		rows: ['发布时间 | {date} | 来源 | {source} | 浏览 | {n}', '{date}\t{source}\t分享 打印'],
	},
	editorNote: {
		rate: 0.05,
		notes: [
			'【编者按】近年来，{place}扎实推进各项工作。本网今起推出系列报道，敬请关注。',
			'导读：一起来看看{place}的最新动态↓↓↓',
		],
	},
	topicPage: {
		rate: 0.04,
		banners: ['{year}年{place}两会专题', '学习贯彻党的二十大精神 · {place}在行动'],
		menus: ['专题首页 | 最新动态 | 图片报道 | 视频专区', '首页　会议动态　代表风采'],
		crumbs: ['专题 > {place}两会 > 最新动态', '您的位置：专题专栏 > 正文'],
	},
	careToolbar: {
		rate: 0.07,
		atTop: 0.5,
		bars: [
			'无障碍浏览　声音　指读　连读　大字幕　放大　缩小　配色　退出',
			'长者模式 | 语音 | 大鼠标 | 重置',
		],
		assistants: ['智能客服\n您好，我是{place}政务小助手，请问有什么可以帮您？', '在线咨询 >'],
	},
	titleEcho: {
		rate: 0.08,
		browserLines: ['{ptitle}_{column}_{site}', '{column}-{ptitle}'],
		crumbs: ['首页 > {column} > {short}', '当前位置：{column} >> {ptitle}'],
		columns: COLUMNS,
		ellipses: ['…', '...'],
		shortAt: 18,
	},
	gallery: {
		rate: 0.05,
		heads: ['图集 共{count}张', '组图（{count}）'],
		counters: ['{i}/{count}', '第{i}张 共{count}张'],
		controls: ['‹ 上一张　下一张 ›', '查看原图'],
		controlRate: 0.3,
		feet: ['返回图集列表', '【全部{count}张】'],
	},
	savedTwice: {
		rate: 0.03,
		mobile: 0.5,
		heads: ['{site}\n≡', '‹ {place}发布'],
		metas: ['{source}　{date}', '{date} 来源：{source}'],
		feet: ['返回顶部', '— 已经到底了 —'],
	},
	sourceAtEnd: {
		rate: 0.06,
		tops: ['{date}　　字号：大 中 小', '发布于 {date}'],
		ends: ['（来源：{source}）', '本文来源：{source}　{date}', '【信息提供：{source}】'],
	},
};
