import type { CodeFormats } from './web-pages-formats.ts';

/** Split x's four kinds of its own: 更正 notices, 媒体聚焦 boxes, 天气预报 boxes, 报尾. */
export const X_KINDS: Pick<CodeFormats, 'correction' | 'mediaFocus' | 'weatherBox' | 'colophon'> = {
	correction: {
		rate: 0.08,
		notices: [
			'更正：本网{day}已对《{title}》一文中的有关数据作了更正，特此说明，并向读者致歉。',
			'【更正说明】原稿《{title}》中一处人名有误，已于{day}修改。',
			'编者注：{day}，本文第二段所述时间有误，现予更正。',
			'（本文于{day}更新：据相关部门核实，文中部分表述已作调整。）',
		],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD', 'M月D日', 'YYYY年MM月DD日HH时'],
		after: [1, 9],
	},
	mediaFocus: {
		rate: 0.14,
		heads: ['媒体关注', '媒体看县域', '央媒省媒关注', '媒体报道'],
		items: ['【{outlet}】{title}', '{outlet}：{title}  {day}', '· {title}（{outlet} {day}）'],
		outlets: [
			'人民日报',
			'新华社',
			'央视新闻',
			'光明日报',
			'经济日报',
			'农民日报',
			'中国新闻网',
			'法治日报',
			'甘肃日报',
			'贵州日报',
			'湖南日报',
			'吉林日报',
			'学习强国',
		],
		dates: ['YYYY-MM-DD', 'MM-DD', 'YYYY/M/D'],
		count: [2, 5],
		more: ['更多>>', '查看更多 ›'],
	},
	weatherBox: {
		rate: 0.12,
		heads: ['天气预报', '未来三天天气', '气象台发布', '出行看天气'],
		days: [
			'{day}　{sky}　{low}～{high}℃　{wind}',
			'{day}：{sky}，气温{low}到{high}摄氏度，{wind}',
			'{day} {sky} {high}℃/{low}℃',
		],
		dates: ['M月D日', 'M月D日（W）', 'YYYY年M月D日', 'MM/DD'],
		skies: ['晴', '多云', '阴转小雨', '多云转晴', '小到中雨', '阵雪', '雷阵雨', '晴间多云'],
		winds: ['北风3～4级', '东南风2级', '微风', '西北风4～5级', '偏南风1～2级'],
		count: [1, 3],
	},
	colophon: {
		rate: 0.12,
		colophons: [
			'{paper}社出版　社址：{city}市人民路{nn}号　邮政编码：{nn}{nn}00\n总编室电话：{n}　广告许可证号：{n}　定价：每份1.50元\n{city}日报印务中心印刷',
			'国内统一连续出版物号 CN {nn}-00{nn}　邮发代号 {nn}-{nn}\n本报地址：{city}市新华街{nn}号　发行热线：{n}\n零售价：1.00元　印刷：{city}新华印刷厂',
			'主管：中共{city}市委　主办：{paper}社\n社长：{name}　总编辑：{name}\n新闻热线：{n}　投诉电话：{n}',
		],
	},
};
