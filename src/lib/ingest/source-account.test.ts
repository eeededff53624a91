import { expect, test } from 'vitest';
import { readSourceNote } from './source-notes.ts';
import { itemsOf } from './web-test-page.ts';

const BODY = [
	'今年以来，某某镇把人居环境整治作为乡村振兴的基础工程，组织党员干部带头清理房前屋后。',
	'全镇累计清理垃圾1200余吨，新建小微公园8处，群众满意度明显提升。',
];

test('转载自某某账号（公众号、官方微博）的说明指账号，报纸的公众号仍是报纸', () => {
	expect(readSourceNote('本文转载自“清河镇发布”官方微博')).toEqual({
		source: '清河镇发布',
		account: true,
	});
	expect(readSourceNote('本文转载自某某晚报公众号')).toEqual({
		source: '某某晚报',
		original: true,
	});
});

test('字段标明的来源胜过转载说明里的账号，也胜过同一账号的“转自”字段', () => {
	const [a] = itemsOf([
		'某某镇扎实推进人居环境整治',
		'稿源：某某县农业农村局　日期：2022-03-16',
		'本文转载自“清河镇发布”官方微博',
		...BODY,
		'转自：清河镇发布',
	]);
	expect(a).toMatchObject({ date: '2022-03-16', source: '某某县农业农村局' });
});

test('没有字段标明来源时，转载说明里的账号就是来源', () => {
	const [a] = itemsOf([
		'某某镇扎实推进人居环境整治',
		'2022-03-16',
		'本文转载自“清河镇发布”官方微博',
		...BODY,
	]);
	expect(a).toMatchObject({ source: '清河镇发布' });
});

test('来源写成平台加账号（抖音“某某”）时，同一账号的“转自”字段也让给字段标明的媒体', () => {
	const [a] = itemsOf([
		'某某镇扎实推进人居环境整治',
		'来源：某某日报　日期：2022-03-16',
		'来源：抖音“清河镇发布”',
		...BODY,
		'转自：清河镇发布',
	]);
	expect(a).toMatchObject({ source: '某某日报' });
});

test('“转自公众号”字段里机构或县里的账号让给字段标明的来源，报纸的公众号仍是原载', () => {
	const head = ['某某镇扎实推进人居环境整治', '稿源：某某县政协办公室　更新于 2022-03-16 07:29'];
	expect(itemsOf([...head, '转自公众号：微某某县', ...BODY])[0]).toMatchObject({
		source: '某某县政协办公室',
	});
	expect(itemsOf([...head, '转自公众号：某某县融媒', ...BODY])[0]).toMatchObject({
		source: '某某县政协办公室',
	});
	expect(itemsOf([...head, '转自公众号：某某晚报', ...BODY])[0]).toMatchObject({
		source: '某某晚报',
	});
});

test('来源字段里账号名后括注“微信号”“公众号”时，它让给别处标明的来源', () => {
	const [a] = itemsOf([
		'某某镇扎实推进人居环境整治',
		'来源：某某县应急（微信号）　日期：2022-03-16',
		...BODY,
		'本文来源于：某某日报',
	]);
	expect(a).toMatchObject({ source: '某某日报' });
	const [b] = itemsOf([
		'某某镇扎实推进人居环境整治',
		'来源：某某县应急（微信号）　日期：2022-03-16',
		...BODY,
	]);
	expect(b).toMatchObject({ source: '某某县应急' });
});

test('公众号名在“时间 发表于某省”一行上方时是来源，后面一行不带键名的“机构名 日期”不顶替它', () => {
	const [a] = itemsOf([
		'某某镇扎实推进人居环境整治',
		'某某县融媒体中心采编部',
		'2022-10-07 13:59　发表于宁夏',
		'某某县融媒 22年10月07日',
		'',
		...BODY,
	]);
	expect(a).toMatchObject({ source: '某某县融媒体中心采编部', date: '2022-10-07' });
});

test('来源的值以公众号收尾（来源：某某发布微信公众号）指账号，文末信息来源字段标明的单位胜过它', () => {
	const [a] = itemsOf([
		'某某镇扎实推进人居环境整治',
		'2022-03-16 09:12',
		...BODY,
		'来源：清河镇发布微信公众号',
		'（信息来源：某某县生态环境局）',
	]);
	expect(a).toMatchObject({ date: '2022-03-16', source: '某某县生态环境局' });
});
