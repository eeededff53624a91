import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// What a portal's floating widgets leave in a saved page: a help robot's greeting and frequent
// questions after the text, a picture viewer's counters and buttons between the paragraphs. They
// are the page's, not the article's.

const HEAD = ['某某县人民政府门户网站', '某某县召开春季森林防火工作推进会', '发布时间：2023-05-08'];

describe('页面上的问答小窗', () => {
	test('正文后的问候和常见问题不进正文', () => {
		const [a] = itemsOf([
			...HEAD,
			...LEAD,
			'在线咨询',
			'您好，我是某某县政务服务机器人，有什么可以帮您的吗？',
			'大家都在问：',
			'新办营业执照要带什么？',
			'医保卡丢了怎么补办？',
			'请输入问题　提交',
		]);
		expect(a!.paragraphs).toEqual(LEAD);
	});

	test('以一句反问收尾的文章保留这句', () => {
		const close = '守护青山，难道不是我们每个人的责任吗？';
		const [a] = itemsOf([...HEAD, ...LEAD, close, '责任编辑：王某']);
		expect(a!.paragraphs).toEqual([...LEAD, close]);
	});

	test('紧接正文的一行自我介绍的客服问候（“您好，我是……”加一问）不进正文，引号里的问候是正文', () => {
		const quoted = '“您好，我是社区网格员，家里最近有没有从外地回来的人？”';
		const [a] = itemsOf([
			...HEAD,
			...LEAD,
			quoted,
			'您好！我是某某市政务服务小助手，有什么问题可以问我哦？',
			'主办单位：某某县人民政府办公室',
		]);
		expect(a!.paragraphs).toEqual([...LEAD, quoted]);
	});

	test('页尾家具之后单独一行的客服问候（只有一个问句）也不进正文', () => {
		const [a] = itemsOf([
			...HEAD,
			...LEAD,
			'相关文件：',
			'1. 实施方案.pdf',
			'上一篇：全县召开安全生产工作会议',
			'评论已关闭',
			'你好！这里是某某县12345在线助手，您想咨询哪方面的问题？',
			'常见问题：户籍办理  医保缴费',
			'主办单位：某某县人民政府办公室',
		]);
		expect(a!.paragraphs).toEqual(LEAD);
	});
});

describe('组图页面', () => {
	const SHORT = [
		'某某县融媒体中心讯 5月8日，某某县召开春季森林防火工作推进会，总结去年森林防火工作，分析当前面临的严峻形势，部署下一阶段重点任务。会议指出，今年以来全县气温偏高、降水偏少，林区可燃物载量大，野外火源管控难度增加，各地各部门必须把森林防火摆在突出位置，压实各方责任。',
		'会议要求，各乡镇要加强巡山护林，严格野外用火管理，落实网格化巡护制度，对进山入林人员逐一登记，对重点时段、重点部位加密巡查，发现隐患及时整改，确保全县森林资源安全和人民群众生命财产安全。',
		'会议强调，要储备扑火物资，做到早发现、早处置。',
		'各乡镇负责同志和县直有关部门主要负责人参加会议。',
	];
	test('每段后的图片计数和翻看按钮不进正文，下一张图的署名不把上一段当图片说明', () => {
		const items = itemsOf([
			...HEAD,
			'组图 | 共3张',
			'（1/3）',
			'',
			SHORT[0]!,
			'（2/3）',
			'上一张 下一张',
			'（记者 王某 摄）',
			'',
			SHORT[1]!,
			'',
			SHORT[2]!,
			'（3/3）',
			'全屏浏览',
			'（记者 李某 摄）',
			'',
			SHORT[3]!,
			'返回图集列表',
		]);
		expect(items).toHaveLength(1);
		const body = items[0]!.paragraphs.join('\n');
		for (const p of SHORT) expect(body).toContain(p);
		for (const f of ['/3）', '下一张', '全屏', '图集']) expect(body).not.toContain(f);
	});

	test('只写序号的图片计数（（2））和看大图的提示不进正文，序号下跟着正文时是条目编号', () => {
		const items = itemsOf([
			...HEAD,
			SHORT[0]!,
			'(2)',
			'点击图片可查看大图',
			'某某县林业局供图',
			SHORT[1]!,
			'（3）',
			'（记者 王某 摄）',
			SHORT[2]!,
			'（4）',
			SHORT[3]!,
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs).toEqual([
			SHORT[0]!,
			'某某县林业局供图',
			SHORT[1]!,
			'（记者 王某 摄）',
			SHORT[2]!,
			'（4）',
			SHORT[3]!,
		]);
	});

	test('序号下是一句图片说明（句末带“摄”或括号里的提供者）时，序号是组图计数，不进正文', () => {
		const captions = [
			'护林员在林区巡查火情。李某 摄',
			'防火宣传车驶进村组。（某某县林业局 提供）',
			'△ 志愿者向村民发放防火手册。（记者 赵某 摄）',
		];
		const items = itemsOf([
			...HEAD,
			SHORT[0]!,
			'（2）',
			captions[0]!,
			SHORT[1]!,
			'（3）',
			captions[1]!,
			SHORT[2]!,
			'（4）',
			captions[2]!,
			SHORT[3]!,
		]);
		expect(items).toHaveLength(1);
		expect(items[0]!.paragraphs.join('\n')).not.toMatch(/^（\d）$/mu);
		for (const p of SHORT) expect(items[0]!.paragraphs).toContain(p);
	});
});
