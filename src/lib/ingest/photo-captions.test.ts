import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';
import { captionRoles } from './photo-captions.ts';

// An e-paper page's photo captions in the forms papers print them: an agency's credit on a line of
// its own under the caption (with 上图：/下图： lines above it), and 姓名/摄.

const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'rmrb-2019-03-09-05.txt', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) },
		{ furniture: readPageFurniture() },
	).articles;

const ROADS = [
	'某某县新建改建农村公路120公里',
	'本报某某3月8日电（记者李华）今年以来，某某县加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
	'县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点，沿线村民卖果卖茶更方便了。',
];
const CLINIC = [
	'家门口的卫生室有了坐诊医生',
	'本报某某3月8日电（记者张强）走进某某镇中心村卫生室，诊室、药房、观察室一应俱全，来自镇卫生院的医生每周在这里坐诊三天。',
	'镇卫生院与各村卫生室签订帮扶协议，药品统一配送，化验单当天出结果，村民看病不用再往城里跑。',
];

test.each([
	[['3月8日，某某县村民在田间采收蔬菜。', '（视觉中国）']],
	[['某某县村民在田间采收蔬菜。', '新华社发']],
	[['某某县村民在田间采收蔬菜。', '人民视觉']],
	[['某某县村民在田间采收蔬菜。 王明/摄']],
	[['上图：某某县村民在田间采收蔬菜。', '下图：某某镇卫生院医生为群众义诊。', '人民视觉']],
])('两篇报道之间的图片说明（%j）不进正文', (caption) => {
	const items = itemsOf([...ROADS, ...caption, ...CLINIC]);
	const news = items.filter((a) => a.kind === 'news');
	expect(news.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
	expect(news.map((a) => a.paragraphs)).toEqual([ROADS.slice(1), CLINIC.slice(1)]);
});

// A caption beside a story is the picture's, not the story's text, whatever credit closes it.
test.each([
	[['某某县村民在田间采收蔬菜。', '本报记者 王明摄']],
	[['某某县村民在田间采收蔬菜。', '（王 明 摄）']],
	[['3月7日，某某县村民在田间采收蔬菜。', '新华社发（王明摄）']],
	[['上图：某某县村民在田间采收蔬菜。', '下图：某某镇卫生院医生为群众义诊。', '本报记者 王明摄']],
	[['某某县新修的农村公路。（资料图片）']],
	[['公路通车现场（图片由某某县融媒体中心提供）']],
	[['公路通车现场（某某县交通运输局供图）']],
	[['▲ 村民在新修的公路上晾晒玉米（图片由某某镇人民政府提供）']],
])('报道段落之间的图片说明（%j）不进报道正文，正文前后接上', (caption) => {
	const items = itemsOf([ROADS[0]!, ROADS[1]!, ...caption, ROADS[2]!, ...CLINIC]);
	const news = items.filter((a) => a.kind === 'news');
	expect(news.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
	expect(news.map((a) => a.paragraphs)).toEqual([ROADS.slice(1), CLINIC.slice(1)]);
});

// A credit line that carries its own caption (`▲ 会议现场。本报记者 王明 摄`) is the whole caption:
// the sentence above it is the story's own closing line, even when it is short.
test('自带说明的署名行不把上面一句正文当成图片说明', () => {
	const close = '“家门口就有好路走，日子越过越有奔头！”';
	const items = itemsOf([...ROADS, close, '▲ 公路通车现场。本报记者 王明 摄', ...CLINIC]);
	const news = items.filter((a) => a.kind === 'news');
	expect(news.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
	expect(news[0]!.paragraphs).toEqual([...ROADS.slice(1), close]);
});

test('图片新闻（标题下只有几句说明和摄影署名）：说明就是它的正文', () => {
	const photo = [
		'某某灯会',
		'2月12日，某某市举行灯光秀，吸引不少市民观赏留影。',
		'亦真亦幻的灯光为节日增添了喜庆气氛。',
		'王明摄（人民视觉）',
	];
	const items = itemsOf([...ROADS, ...photo, ...CLINIC]);
	const item = items.find((a) => a.title === photo[0])!;
	expect(item.paragraphs).toEqual(expect.arrayContaining(photo.slice(1, 3)));
	expect(items.find((a) => a.title === ROADS[0])!.paragraphs).toEqual(ROADS.slice(1));
});

test('节目报道里小标题下一段正文后跟着“资料图 某某/摄”，是配图，不是图片新闻：小标题仍是这篇的一部分', () => {
	const tv = [
		'多国气象部门发布高温预警',
		'央视网消息（新闻联播）：入夏以来，北半球多地出现持续高温天气，多国气象部门相继发布高温预警。',
		'欧洲南部部分地区气温超过40摄氏度，多国启动应急预案。',
		'南亚多地电力供应紧张',
		'受持续高温影响，南亚多地用电负荷创下新高，部分城市实行分时段限电。',
		'资料图 王明/摄',
		'北美山火频发',
		'北美西部多地发生山火，当地政府组织居民紧急撤离，消防部门全力扑救。',
	];
	const items = itemsOf(['某某日报', '2023年7月12日', '第05版：国际', ...tv]);
	expect(items.map((a) => a.title)).toEqual([tv[0]]);
});

test('报道末尾的短句不因后面的署名行被当作图片说明', () => {
	const items = itemsOf([...ROADS, '这条路修到了群众心坎上。', ...CLINIC]);
	expect(items.find((a) => a.title === ROADS[0])!.paragraphs).toEqual([
		...ROADS.slice(1),
		'这条路修到了群众心坎上。',
	]);
});

// A caption closed by who gave the picture (`（图片由…提供）`) between a story's paragraphs is that
// story's picture: neither a headline nor an item of its own.
test('正文段落之间的“（图片由…提供）”说明既不是标题也不成条', () => {
	const items = itemsOf([
		ROADS[0]!,
		ROADS[1]!,
		'通车现场（图片由某某县融媒体中心提供）',
		ROADS[2]!,
		...CLINIC,
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
	expect(items[0]!.paragraphs).toEqual(ROADS.slice(1));
});

test('说明句和它下面的署名之间隔着去掉的行（组图的计数、按钮），署名属于下一张图，这句仍是正文', () => {
	const line = (text: string, n: number) => ({ text, line: n });
	const roles = ['dateline', 'body', 'body'] as const;
	const sentence = '会议强调，要储备扑火物资，做到早发现、早处置。';
	const together = captionRoles(
		[line('本报某某3月8日电（记者李华）', 1), line(sentence, 3), line('（记者 王某 摄）', 4)],
		[...roles],
	);
	expect(together[1]).toBe('photo');
	const apart = captionRoles(
		[line('本报某某3月8日电（记者李华）', 1), line(sentence, 3), line('（记者 王某 摄）', 6)],
		[...roles],
	);
	expect(apart[1]).toBe('body');
});

test('带图注标记（▲、图为）的短行是图片说明，不是小标题，也不把报道拆开', () => {
	const line = (text: string, n: number) => ({ text, line: n });
	const lines = [
		line(
			'本报某某3月8日电（记者李华）今年以来，某某县加快农村公路建设，新建改建农村公路120公里。',
			1,
		),
		line('▲ 资料图', 3),
		line('县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点。', 5),
		line('图为某某县新修的农村公路。', 7),
		line('沿线村民卖果卖茶更方便了，乡村旅游也火了起来。', 9),
	];
	const roles = captionRoles(lines, ['dateline', 'heading', 'body', 'body', 'body']);
	expect(roles).toEqual(['dateline', 'photo', 'body', 'photo', 'body']);
});

test('文末没有正文接在下面的“▲ 资料图”不按图注标记改读，留给署名规则', () => {
	const line = (text: string, n: number) => ({ text, line: n });
	const roles = captionRoles(
		[
			line(
				'本报某某3月8日电（记者李华）今年以来，某某县加快农村公路建设，新建改建农村公路120公里。',
				1,
			),
			line('▲ 资料图', 3),
		],
		['dateline', 'heading'],
	);
	expect(roles).toEqual(['dateline', 'heading']);
});

test('段落下面一行“图片由…提供（资料图）”是资料图的署名：上面一段仍是正文，不成图片新闻', () => {
	const paragraph = '20时30分，沿线村民自发来到新修的公路边，见证首班客车缓缓驶过。';
	for (const credit of ['图片由某某县融媒体中心提供（资料图）', '王明 摄（资料图片）']) {
		const items = itemsOf([...ROADS, paragraph, credit, '县里还将新建农村客运站3个。', ...CLINIC]);
		expect(
			items.map((a) => a.title),
			credit,
		).toEqual([ROADS[0], CLINIC[0]]);
		expect(items[0]!.paragraphs, credit).toEqual([
			...ROADS.slice(1),
			paragraph,
			'县里还将新建农村客运站3个。',
		]);
	}
});

// A caption keyed by the picture (`图：…`), its photographer keyed after it or not, stands by its
// picture inside the story: it heads no story of its own.
test.each([
	['图：工作人员正在查看　摄影：王明'],
	['图：村民在新修的公路上晾晒玉米'],
	['图①：公路通车现场 摄/李华'],
])('报道段落之间的“%s”不把报道拆开', (caption) => {
	const items = itemsOf([...ROADS.slice(0, 2), caption, ROADS[2]!, '', ...CLINIC]);
	const news = items.filter((a) => a.kind === 'news');
	expect(news.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
	expect(news[0]!.paragraphs.join('')).toContain(ROADS[2]!.slice(0, 10));
});
