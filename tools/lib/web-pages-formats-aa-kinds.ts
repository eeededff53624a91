import type { CodeFormats } from './web-pages-formats.ts';

/** Split aa's own kinds: the 预警信息 bar, the 新闻发布会 header, the media matrix, the 征订启事. */
export const AA_KINDS: Partial<CodeFormats> = {
	alertBanner: {
		rate: 0.12,
		lags: [1, 30],
		dates: ['M月D日HH时mm分', 'YYYY年MM月DD日 HH:mm', 'MM-DD HH:mm'],
		issuers: ['{place}气象台', '{place}自然资源局', '{place}应急管理局', '{place}森林防火指挥部'],
		signals: [
			'暴雨黄色预警信号',
			'雷电橙色预警信号',
			'地质灾害气象风险预警',
			'大风蓝色预警信号',
			'森林火险橙色预警',
		],
		bars: [
			(p) => `【预警信息】${p.issuer}${p.date}发布${p.signal}`,
			(p) => `⚠ ${p.signal}\n${p.issuer}　${p.date}　请注意防范`,
			(p) => `预警：${p.issuer}于${p.date}发布${p.signal}，详情请点击查看`,
		],
	},
	pressBriefing: {
		rate: 0.1,
		sessions: [1, 28],
		dates: ['YYYY年M月D日 HH:mm', 'YYYY年MM月DD日上午', 'YYYY-MM-DD HH:mm'],
		halls: ['{place}人民政府新闻发布厅', '{place}融媒体中心演播室', '{place}行政中心三楼会议室'],
		hosts: ['{place}委宣传部副部长', '{place}人民政府新闻发言人', '{place}委网信办主任'],
		posts: [
			'{place}发展和改革局局长',
			'{place}农业农村局副局长',
			'{place}民政局局长',
			'{place}边境管理大队副大队长',
			'{place}卫生健康局局长',
		],
		blocks: [
			(p) =>
				`{place}新闻发布会（第${p.session}场）\n时间：${p.date}\n地点：${p.hall}\n主持人：${p.host}\n发布人：${p.speakers.join('；')}`,
			(p) =>
				`【发布会实录】\n发布时间　${p.date}\n发布地点　${p.hall}\n主　持　人　${p.host}\n出席嘉宾　${p.speakers.join('、')}`,
			(p) =>
				`${p.date}，${p.hall}举行第${p.session}场新闻发布会。\n主持：${p.host}\n发布：${p.speakers.join('，')}`,
		],
	},
	mediaMatrix: {
		rate: 0.12,
		heads: ['政务新媒体矩阵', '{place}新媒体', '关注我们'],
		platforms: ['微信公众号', '新浪微博', '抖音号', '视频号', '今日头条号', '快手号'],
		accounts: ['{place}发布', '{place}融媒', '边城{place}', '{place}微政务'],
		items: [(p, a) => `${p}：${a}`, (p, a) => `${a}（${p}）`, (p, a) => `【${p}】${a}`],
		joins: ['\n', '　', ' | '],
	},
	subscribeNotice: {
		rate: 0.12,
		top: 0.4,
		codes: ['63-{nn}', '65-{nn}', '13-{nn}'],
		prices: [180, 216, 240, 288, 360],
		boxes: [
			(p) =>
				`欢迎订阅${p.year}年度《${p.paper}》\n邮发代号：${p.code}　全年定价：${p.price}元\n全国各地邮局（所）均可订阅`,
			(p) =>
				`《${p.paper}》${p.year}年征订工作开始啦！\n全年${p.price}元　邮发代号${p.code}\n订阅热线：{n}`,
			(p) =>
				`征订启事\n${p.paper}　邮发代号 ${p.code}\n${p.year}年全年订价${p.price}元，欢迎广大读者踊跃订阅。`,
		],
	},
};
