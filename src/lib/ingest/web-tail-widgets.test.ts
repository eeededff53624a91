import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// What a portal prints under an article's last paragraph, before its footer: a widget's lines, a
// list of other articles with their dates, credits keyed with a bar. Only the lines that close an
// article stay there, whatever the widget's words.

const HEAD = [
	'某某县人民政府门户网站',
	'全县秋粮收购进度过半',
	'发布时间：2023-10-12　来源：某某县粮食局',
];
const TEXT = [
	'某某县粮食局讯 入秋以来，全县各收储企业敞开收购新粮，截至目前已收购秋粮四万二千吨，进度过半。',
	'县粮食局要求各收储点优化售粮服务，及时兑付粮款，严禁压级压价，切实保护种粮农民利益。',
];
const FOOTER = '主办单位：某某县人民政府办公室';

const bodyOf = (tail: string[]) => {
	const items = itemsOf([...HEAD, ...TEXT, ...tail, FOOTER]);
	expect(items).toHaveLength(1);
	return items[0]!.paragraphs;
};

describe('正文之后的小部件', () => {
	test('正文末尾的“数说”框（单独一行的数字和单位，下面一句含同一数字的说明）是正文的', () => {
		const box = [
			'42000吨',
			'截至10月12日，全县已收购秋粮42000吨',
			'36个',
			'全县36个收储点敞开收购，及时兑付粮款',
		];
		expect(bodyOf(box)).toEqual([...TEXT, ...box]);
	});

	test('正文后的“相关政策”“相关解读”列表（框头带方括号，下面是文件名和文号）不进正文', () => {
		expect(
			bodyOf(['【相关政策文件】', '某某县秋粮收购工作方案　某某县政办发〔2021〕12号']),
		).toEqual(TEXT);
		expect(bodyOf(['相关解读：', '全市粮食收购进度过半'])).toEqual(TEXT);
		// A pointer to another piece is the text's own line.
		expect(bodyOf(['（相关解读见第二版）'])).toEqual([...TEXT, '（相关解读见第二版）']);
	});

	test('正文后一行关注提示（行动词加平台或好处，带逗号也算）不进正文', () => {
		expect(bodyOf(['关注某某县人民政府门户网站官方微信，获取更多资讯'])).toEqual(TEXT);
		expect(bodyOf(['下载某某融媒客户端，了解更多本地新闻'])).toEqual(TEXT);
	});

	test('正文后图片栏的栏头和全版图片的署名（下面没有正文）不进正文', () => {
		expect(bodyOf(['图片新闻', '▲ 本版图片均由记者摄'])).toEqual(TEXT);
	});

	test('正文后一行只有箭头，下面的“原标题”不进正文', () => {
		expect(bodyOf(['↓↓↓', '*原标题：全县秋粮收购进度过半！'])).toEqual(TEXT);
	});

	test('正文后用斜杠分隔键和值的来源、编辑、审核行及其下的投稿提示不进正文', () => {
		expect(
			bodyOf([
				'来源 / 某某县融媒体中心',
				'编辑 / 王某',
				'审核 / 李某',
				'投稿请发送至菜单栏“联系我们”',
			]),
		).toEqual(TEXT);
	});

	test.each([['精选留言'], ['全部评论']])('正文后留言区的栏名“%s”和审核提示不进正文', (label) => {
		expect(bodyOf([label, '您的留言将在审核后显示'])).toEqual(TEXT);
	});

	test('正文末尾括号里列出多名记者的长署名照留，下面的分享栏不进正文', () => {
		const credit =
			'（综合本报记者王某某、李某某、张某某、赵某某、钱某某、孙某某、周某某、吴某某、郑某某、冯某某、陈某某和新华社报道）';
		expect(bodyOf([credit, '一键分享到'])).toEqual([...TEXT, credit]);
	});

	test('图集的翻页、按钮和图片说明隔开的最后一段短句仍是正文', () => {
		const last = '据介绍，收购将持续到明年1月5日。';
		expect(
			bodyOf([
				'第3张/共3张',
				'下载原图　全屏浏览',
				'△ 资料图片 来源：某某县粮食局',
				last,
				'【编辑：王某　审核：李某】',
			]),
		).toEqual([...TEXT, last]);
	});

	test.each([['生成海报'], ['分享海报'], ['【保存海报】']])(
		'正文后分享海报的按钮“%s”和海报上的标题、来源、日期、扫码提示都不进正文',
		(button) => {
			expect(
				bodyOf([
					button,
					HEAD[1]!,
					'某某县粮食局　2023年10月12日 09:30',
					'长按识别二维码　阅读全文',
				]),
			).toEqual(TEXT);
		},
	);

	test('正文后被删的非句子行（打分条）下面的一句短句（道谢）是小部件的，不进正文', () => {
		expect(bodyOf(['给本文打分', '◆◆◆◆◆ 五分　◆◆◆ 三分　◆ 一分', '谢谢您的反馈！'])).toEqual(TEXT);
	});

	test('正文后一个列表头下带日期的标题（有逗号也一样）是别的文章，不进正文', () => {
		expect(
			bodyOf([
				'大家还在看',
				'冬小麦播种全面展开，农机手忙个不停　9月28日',
				'全县召开粮食安全工作会议 2023/09/20',
			]),
		).toEqual(TEXT);
	});

	test('正文后图片署名（供图：某某）之下的作者注照留，只有省略号的分隔行不进正文', () => {
		const note = '（作者为某某县粮食局局长）';
		expect(
			bodyOf(['供图：某某县融媒体中心', note, '………………', '关注“某某县发布”微信公众号']),
		).toEqual([...TEXT, note]);
	});

	test('正文后的署名和发布单位照旧留下，也在被删的行之后', () => {
		const close = ['（记者 某某某）', '某某县粮食局'];
		expect(bodyOf(close)).toEqual([...TEXT, ...close]);
		expect(bodyOf(['给本文打分', ...close])).toEqual([...TEXT, ...close]);
	});

	test('正文后图片的署名（“图：某某提供”）下的图片说明照旧是正文', () => {
		const caption = '图②：工作人员检测新粮水分。';
		expect(bodyOf(['图：某某县融媒体中心提供', '张某某摄', caption])).toEqual([
			...TEXT,
			'张某某摄',
			caption,
		]);
	});

	test('正文后带图注标记的图片说明（▲ 某某 / 摄影者）下的一句短句照旧是正文', () => {
		const last = '收购工作将持续到十一月底。';
		expect(bodyOf(['▲ 收购现场 / 张某', last])).toEqual([...TEXT, last]);
	});

	test('紧接正文的一句短句照旧是正文', () => {
		const last = '丰收在望，农民笑了！';
		expect(bodyOf([last])).toEqual([...TEXT, last]);
	});

	test('只有标题和正文的分享页，正文后带箭头的“为你推荐 ›”列表头和它下面的标题不进正文', () => {
		const items = itemsOf([
			HEAD[1]!,
			...TEXT,
			'为你推荐 ›',
			'全县新建高标准农田五万亩',
			'秋收时节话丰收',
		]);
		expect(items.map((a) => a.paragraphs)).toEqual([TEXT]);
	});

	test('文中引语后以破折号开头的说话人一行（——某某在某会上说）是正文', () => {
		const quote = '“粮食安全是国之大者，收购工作一刻也不能放松。”';
		const who = '——某某县委书记某某某日前在全县粮食工作会议上表示';
		expect(bodyOf([quote, who])).toEqual([...TEXT, quote, who]);
	});

	test('正文后附件名带下载次数的一行不进正文', () => {
		expect(bodyOf(['附件《秋粮收购网点一览表，含各乡镇联系电话.xlsx》已被下载 1532 次'])).toEqual(
			TEXT,
		);
	});

	test('正文后以“丨”隔开键和值的一行（图文来源丨某某）是署名栏，不进正文', () => {
		expect(bodyOf(['图文来源丨某某县融媒体中心'])).toEqual(TEXT);
	});
});
