import { expect, test } from 'vitest';
import { isWeatherRow } from './weather-box.ts';
import { furniture, itemsOf, LEAD } from './web-test-page.ts';

// A site or account may print a weather box under a post's text: a label (天气预报, 今日天气) over a
// row per day, each its date, the sky and the temperatures, sometimes the wind. It is the page's.

const HEAD = [
	'某某县人民政府门户网站',
	'首页 | 新闻中心 | 政务公开',
	'全县春季森林防火工作推进会召开',
	'发布时间：2024-05-08　来源：某某县融媒体中心',
];
const box = furniture.weatherBox;

test('日期开头、带天气和气温的短行是天气预报的一行', () => {
	for (const row of [
		'5月8日（星期三）：多云转晴，气温12到25摄氏度，南风3级',
		'05/09 小雨 18℃/11℃',
		'2024年5月10日　阴　14～22℃　微风',
		'明天：晴，最高气温26℃，最低气温13℃',
	])
		expect(isWeatherRow(row, box), row).toBe(true);
	for (const line of [
		'5月8日，全县迎来一次明显降雨过程，气温下降8℃左右。',
		'5月8日 某某县召开春季森林防火工作推进会',
		'最高气温维持在37到39摄氏度',
	])
		expect(isWeatherRow(line, box), line).toBe(false);
});

test('正文后的天气预报框（标签和各日一行）不进正文', () => {
	for (const label of ['天气预报', '今日天气', '未来三天天气']) {
		const items = itemsOf([
			...HEAD,
			...LEAD,
			label,
			'5月8日（星期三）：多云转晴，气温12到25摄氏度，南风3级',
			'5月9日（星期四） 小雨 18℃/11℃',
			'责任编辑：王芳',
		]);
		expect(items, label).toHaveLength(1);
		expect(items[0]!.paragraphs, label).toEqual(LEAD);
	}
});

test('正文用冒号引出的各日天气是正文（气象台的预报稿）', () => {
	const rows = [
		'5月8日（星期三）：多云转晴，气温12到25摄氏度，南风3级',
		'5月9日（星期四）：小雨，气温11到18摄氏度，北风2级',
	];
	const intro = '县气象台5月7日发布未来两天天气预报，具体如下：';
	const items = itemsOf([...HEAD, LEAD[0]!, intro, ...rows, '责任编辑：王芳']);
	// The rows close no sentence, so they may join the lead-in's paragraph: their text stays.
	const text = items[0]!.paragraphs.join('');
	for (const row of [intro, ...rows]) expect(text).toContain(row);
});
