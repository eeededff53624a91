import type { AltEchoFormats } from './web-pages-p-alt-echo.ts';
import type { DatedPagerFormats } from './web-pages-p-dated-pager.ts';
import type { ServiceBoxFormats } from './web-pages-p-service-box.ts';
import type { UpdateStampFormats } from './web-pages-p-update-stamp.ts';

/** Split p's lead pictures that kept only their alt text or file name (the headline again). */
export const P_ALT_ECHO: AltEchoFormats = {
	rate: 0.1,
	lines: [
		'{ptitle}',
		'[图片]{ptitle}',
		'图片：{ptitle}',
		'{ptitle}.jpg',
		'[img: {ptitle}]',
		'（图）{ptitle}',
		'{ptitle}（图）',
	],
};

/** Split p's 更新时间 lines under the meta line. */
export const P_UPDATE_STAMP: UpdateStampFormats = {
	rate: 0.12,
	days: [1, 45],
	dates: ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD', 'YYYY年MM月DD日', 'YYYY/MM/DD HH:mm:ss'],
	lines: [
		'更新时间：{updated}',
		'最后更新：{updated}',
		'【本页更新于{updated}】',
		'修订日期：{updated}',
		'（本文于{updated}更新）',
		'页面更新：{updated}　浏览：{n}',
	],
};

/** Split p's 上一篇/下一篇 links with their articles' dates. */
export const P_DATED_PAGER: DatedPagerFormats = {
	rate: 0.1,
	pagers: [
		'上一篇：{title}（{odate}）\n下一篇：{title}（{odate}）',
		'上一篇：{title} {odate}\n下一篇：{title} {odate}',
		'【上一篇】{title}　{odate}\n【下一篇】{title}　{odate}',
		'< 上一篇 {odate} {title}\n> 下一篇 {odate} {title}',
		'上一篇文章\n{title}\n{odate}\n下一篇文章\n{title}\n{odate}',
		'上一篇：{title}[{odate}]\n下一篇：已是最后一篇',
	],
};

/** Split p's 政务服务 boxes. */
export const P_SERVICE_BOX: ServiceBoxFormats = {
	rate: 0.08,
	above: 0.3,
	boxes: [
		'办理地点：{place}政务服务中心一楼综合窗口\n办理时限：5个工作日\n咨询电话：0{nn}{nn}-5{nn}{nn}{nn}',
		'【办事指南】\n受理机构：{place}政务服务中心\n承诺时限：即办件\n收费标准：不收费\n咨询电话：12345',
		'温馨提示\n办理时间：工作日上午9:00-12:00，下午14:30-17:30（法定节假日除外）\n咨询电话：0{nn}{nn}-8{nn}{nn}{nn}',
		'服务事项：{place}政务服务“一件事”\n办理渠道：线上（{site}政务服务专区）、线下（各乡镇便民服务中心）\n办理时限：3个工作日\n投诉电话：12345',
		'办理时限｜法定20个工作日，承诺5个工作日\n咨询方式｜0{nn}{nn}-6{nn}{nn}{nn}\n监督投诉｜{place}营商环境投诉中心',
	],
};
