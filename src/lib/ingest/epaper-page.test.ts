import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { extractArticles } from './extract-articles.ts';

// E-paper pages saved as text: a masthead, a page label, sometimes the page's own contents list,
// then several stories, each under its headline.

const itemsOf = (lines: string[]) =>
	extractArticles(
		{ path: 'epaper/node_12.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
		{ furniture: readPageFurniture() },
	).articles;

const ROADS = [
	'某某县新建改建农村公路120公里',
	'今年以来，某某县加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
	'县交通运输局把道路建设和产业发展结合起来，新修的公路连通了果园、茶园和乡村旅游点，沿线村民卖果卖茶更方便了。',
];
const CLINIC = [
	'家门口的卫生室有了坐诊医生',
	'走进某某镇中心村卫生室，诊室、药房、观察室一应俱全，来自镇卫生院的医生每周在这里坐诊三天。',
	'镇卫生院与各村卫生室签订帮扶协议，药品统一配送，化验单当天出结果，村民看病不用再往城里跑。',
];
const SCHOOL = [
	'乡村学校开出了“周末课堂”',
	'每到周六上午，某某乡中心小学的教室里依然热闹，书法、剪纸、篮球等兴趣课程由志愿者和教师轮流授课。',
	'学校负责人介绍，周末课堂已开设12门课程，吸引了300多名留守儿童参加，家长们对此十分认可。',
];

test('电子版版面上，标题下以“某某网消息（…）：”开头的每篇报道各成一篇', () => {
	const lead = (text: string) => `央视网消息（新闻联播）：${text}`;
	const items = itemsOf([
		'某某日报数字报',
		'2024年5月3日',
		'第A03版：要闻',
		ROADS[0]!,
		lead(ROADS[1]!),
		ROADS[2]!,
		CLINIC[0]!,
		lead(CLINIC[1]!),
		CLINIC[2]!,
		SCHOOL[0]!,
		lead(SCHOOL[1]!),
		SCHOOL[2]!,
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0], SCHOOL[0]]);
});

test('版面目录（下文又作标题的几行）不成一篇，也不并进哪一篇', () => {
	const items = itemsOf([
		'某某晚报 2024-05-03',
		'第A03版：要闻',
		ROADS[0]!,
		CLINIC[0]!,
		SCHOOL[0]!,
		...ROADS,
		...CLINIC,
		...SCHOOL,
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0], SCHOOL[0]]);
	for (const a of items) expect(a.paragraphs).toHaveLength(2);
});

test('“文/某某 图/某某”是署名行：它下面的报道另起一篇', () => {
	const items = itemsOf([
		'某某日报 2024年5月3日',
		'第A03版：要闻',
		...ROADS,
		CLINIC[0]!,
		'文/张小明 图/李大伟',
		...CLINIC.slice(1),
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
});
test('标题、署名、提要之后的电头不另起一篇', () => {
	const items = itemsOf([
		'某某日报 2024年5月3日',
		'第A03版：要闻',
		ROADS[0]!,
		'记者 张小明 通讯员 李大伟',
		'今年以来新建改建农村公路120公里，惠及沿线群众10万余人，沿线村民卖果卖茶更方便了',
		`本报某某5月2日电 ${ROADS[1]!}`,
		ROADS[2]!,
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0]]);
	expect(items[0]!.paragraphs).toHaveLength(3);
});

test('标题下单独一行的“本报讯（记者 某某）”之后，转载原稿的电头不另起一篇', () => {
	const lead = (text: string) => `央视网消息（新闻联播）：${text}`;
	const items = itemsOf([
		'某某日报 2024年5月3日',
		'第A03版：要闻',
		ROADS[0]!,
		'本报讯（记者 张小明 通讯员 李大伟）',
		lead(ROADS[1]!),
		ROADS[2]!,
		CLINIC[0]!,
		'本网讯（记者 王芳）',
		lead(CLINIC[1]!),
		CLINIC[2]!,
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
	expect(items[0]!.paragraphs.join('')).toContain(ROADS[2]!);
});

test('电子版版面上各篇都以电头开头时，正文里没有电头的小标题只是该篇的一部分', () => {
	const lead = (text: string) => `央视网消息（新闻联播）：${text}`;
	const items = itemsOf([
		'某某日报 2024年5月3日',
		'第A03版：要闻',
		ROADS[0]!,
		lead(ROADS[1]!),
		'多国人士表示',
		'甲国学者8日表示，这一举措为地区发展注入新的动力，各方应加强沟通协调。',
		CLINIC[0]!,
		lead(CLINIC[1]!),
		CLINIC[2]!,
		SCHOOL[0]!,
		lead(SCHOOL[1]!),
		SCHOOL[2]!,
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0], SCHOOL[0]]);
	expect(items[0]!.paragraphs).toHaveLength(3);
});

test('版面末尾单独一行“版面目录”（下面没有目录）不成一篇', () => {
	const items = itemsOf([
		'某某日报 2024年5月3日',
		'第A03版：要闻',
		...ROADS,
		...CLINIC,
		'版面目录',
	]);
	expect(items.map((a) => a.title)).toEqual([ROADS[0], CLINIC[0]]);
});

test('电子版版面上只有一篇带电头的报道时，它下面的几个小标题仍是这一篇的几部分', () => {
	const items = itemsOf([
		'某某日报数字报',
		'2024年3月12日',
		'第A02版：要闻',
		'全力做好春季森林防火',
		'本报讯 （记者 张明）入春以来，气温回升、风干物燥，全县森林防火进入高火险期，各部门各乡镇压实责任、严防死守。',
		'县应急管理局加强森林火险监测',
		'县应急管理局启用全天候视频监控系统，对重点林区实行二十四小时森林火险监测，发现火情第一时间调度处置。',
		'各乡镇加强进山路口巡护',
		'各乡镇组织护林员和志愿者进山巡护，在进山路口设立检查站，严禁携带火种进入林区，确保不发生森林火灾。',
	]);
	expect(items.map((a) => a.title)).toEqual(['全力做好春季森林防火']);
	expect(items[0]!.paragraphs.join('')).toContain('确保不发生森林火灾');
});

test('报名单独一行、日期单独一行的版头（某某日报 / 2019-02-20）是电子版报头，不是网页文章的字段：各篇照分', () => {
	const items = itemsOf([
		'国际',
		'人民日报',
		'2019-02-20',
		'',
		...ROADS,
		'',
		...CLINIC,
		'',
		...SCHOOL,
	]);
	expect(items.filter((a) => a.kind === 'news').map((a) => a.title)).toEqual([
		ROADS[0],
		CLINIC[0],
		SCHOOL[0],
	]);
});

test('报头（报名、日期、星期）下的首篇：破折号副题不是标题，标题行不被当作网页页头删去', () => {
	const items = itemsOf([
		'某某日报　2021年3月9日　星期二',
		'',
		'山沟里飞出“金凤凰”（奋斗者 正青春）',
		'——记某县茶农合作社带头人王秀英',
		'天还没亮，茶农合作社带头人王秀英就打着手电筒上了山。她要赶在露水干之前，把合作社新栽的茶苗再查看一遍。',
		'十年前，王秀英所在的村还是远近闻名的贫困村，年轻人大多外出打工，留下的只有老人和孩子。',
		'王秀英带着村民修路、建厂、办茶农合作社，一步一步把荒山变成了茶园，把茶叶卖到了全国各地。',
		'如今，村里人均年收入超过两万元，外出打工的年轻人也陆续回来了。',
	]);
	expect(items).toHaveLength(1);
	expect(items[0]).toMatchObject({
		title: '山沟里飞出“金凤凰”（奋斗者 正青春）',
		subtitle: '记某县茶农合作社带头人王秀英',
	});
});

test('电子版版头下的标题框：文本呼应的第二行之上紧挨的一行是同一标题框的，不当作网页页头删去', () => {
	const items = itemsOf([
		'某某日报 2021年3月9日 星期二',
		'第03版：要闻',
		'',
		'从荒山坡到万亩茶园，某县三百多户茶农走上致富路',
		'“茶叶成了我们村的金叶子”',
		'“茶叶成了我们村的金叶子。”站在自家茶园里，茶农老李笑着说，今年春茶的收购价又涨了。',
		'几年前，村里的茶叶只能卖给上门的收购商，价格说了不算。合作社成立后，茶叶有了自己的品牌，也有了稳定的销路。',
		'如今，全村茶园面积超过一万亩，茶叶成了村民增收的主要来源。',
	]);
	expect(items).toHaveLength(1);
	const a = items[0]!;
	expect([a.kicker, a.title, a.subtitle].filter(Boolean).join('')).toBe(
		'从荒山坡到万亩茶园，某县三百多户茶农走上致富路“茶叶成了我们村的金叶子”',
	);
});

test('版面目录列出的标题在下文开新一篇，哪怕它的正文接着上一篇的话题', () => {
	const fire = [
		'某某县部署春季森林防火工作',
		'4月2日，某某县召开春季森林防火工作会议，部署清明节前后森林防火工作，要求各乡镇压实责任、严防死守。',
		'会议指出，当前天气干燥、风力较大，林区祭扫用火增多，森林防火形势严峻，各地要加强野外火源管控。',
	];
	const rangers = [
		'让护林员把更多精力投入到巡山一线',
		'森林防火的关键在基层，护林员是落实防火措施的关键。要把护林员从填表报数中解放出来，让他们把更多时间用在巡山护林上。',
		'各地要严格野外火源管控，清明节前后林区祭扫用火增多，护林员要加密巡护频次，发现火情及时报告、及时处置。',
	];
	const items = itemsOf([
		'某某日报数字报',
		'2024年4月3日',
		'第A02版：要闻',
		fire[0]!,
		rangers[0]!,
		'',
		...fire,
		'',
		...rangers,
	]);
	expect(items.map((a) => a.title)).toEqual([fire[0], rangers[0]]);
});

test('报道末尾“■链接”下各地的简讯（地名、标题、电头）是这篇的边栏，不各成一篇；下一篇照分', () => {
	const main = [
		'各地多措并举保障春耕用工',
		'本报北京3月2日电（记者张华）连日来，各地多措并举保障春耕生产用工，组织农民工有序返岗，确保农时不误。',
		'农业农村部有关负责人表示，要统筹抓好春耕生产和用工保障，让农民安心种田。',
	];
	const sidebar = [
		'■链接',
		'山　东',
		'点对点输送 务工不误农时',
		'本报济南3月2日电（记者李明）山东开通返岗专车，点对点输送农民工两万余人。',
		'内蒙古',
		'农机服务 送到田间地头',
		'本报呼和浩特3月2日电（记者王强）内蒙古组织农机服务队深入各旗县，帮助农户备耕。',
	];
	const next = [
		'乡村学校开出了“周末课堂”',
		'本报某某3月2日电（记者赵丽）每到周六上午，某某乡中心小学的教室里依然热闹，书法、剪纸等兴趣课程轮流开讲。',
	];
	const items = itemsOf([
		'某某日报数字报',
		'2024年3月3日',
		'第A04版：要闻',
		...main,
		...sidebar,
		...next,
	]);
	expect(items.map((a) => a.title)).toEqual([main[0], next[0]]);
	expect(items[0]!.paragraphs.join('\n')).toContain('内蒙古组织农机服务队');
});

test('段落之间单独一行的“摄影：某某（特约）”是图片的署名，不另起一篇，也不留在正文里', () => {
	for (const credit of [
		'摄影：张小明（特约）',
		'摄影：李大伟（本报记者）',
		'摄影：某某县融媒体中心',
	]) {
		const items = itemsOf([
			'某某日报 2024年5月3日',
			'第A03版：要闻',
			...ROADS,
			credit,
			'县里还将新建农村客运站3个，让群众出行更方便。',
		]);
		expect(
			items.map((a) => a.title),
			credit,
		).toEqual([ROADS[0]]);
		expect(items[0]!.paragraphs, credit).toEqual([
			...ROADS.slice(1),
			'县里还将新建农村客运站3个，让群众出行更方便。',
		]);
	}
});
