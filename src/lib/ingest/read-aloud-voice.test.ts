import { expect, test } from 'vitest';
import { isShapeFurniture } from './furniture-shapes.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

test('朗读按钮后面括号里写着朗读的声音（女声、一个名字），仍是按钮，不作标题', () => {
	expect(isShapeFurniture('朗读全文（女声）')).toBe(true);
	expect(isShapeFurniture('听新闻(小张)')).toBe(true);
	expect(isShapeFurniture('朗读比赛（决赛）在某某县举行')).toBe(false);
	const [item] = itemsOf([
		'某某县新闻网 > 本地要闻',
		'【聚焦春防】某某县部署春季森林防火工作，压实各方责任确保森林资源安全',
		'【来源：某某县融媒体中心】　【时间：2024-05-08 09:30】',
		'朗读全文（女声）',
		'00:00/03:12',
		...LEAD,
	]);
	expect(item?.title).toBe('【聚焦春防】某某县部署春季森林防火工作，压实各方责任确保森林资源安全');
});
