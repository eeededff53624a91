import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { cleanLines } from './clean.ts';
import { extractArticles } from './extract-articles.ts';
import { browserTitleHeadline } from './browser-title.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isNavigationLine } from './navigation-line.ts';
import { isPageLabel } from './page-label.ts';
import { isPhraseFurniture } from './phrase-furniture.ts';
import { isFooterShape } from './site-chrome.ts';
import { isSiteName } from './site-name.ts';

const furniture = readPageFurniture();

test('页脚的电话、邮箱、网址、标识码和备案号按形状认出，正文里的电话句子不是', () => {
	for (const line of [
		'咨询电话：(0532)88886666',
		'联系我们 电话 0731-22223333 邮箱 office@example.com',
		'www.example.gov.cn',
		'政府网站识别码：4400000012',
		'网站备案号：粤ICP备05012345号',
	])
		expect(isFooterShape(line)).toBe(true);
	expect(
		isFooterShape(
			'群众可拨打0731-22223333反映问题，工作人员将在3个工作日内答复，办理结果通过短信告知。',
		),
	).toBe(false);
});

test('视频占位、工具按钮、只有编辑人员的行按形状认出', () => {
	for (const line of [
		'您的浏览器暂不支持播放该视频',
		'▷ 播放',
		'观看视频',
		'〔 打印 〕 〔 收藏 〕',
		'字号 大 中 小 | 护眼模式',
		'编辑｜王某某',
		'一审：王某 二审：李某 三审：张某',
		'责编：欧阳某某 | 终审：司马某',
		'编辑：王某某丨审核：李某',
		'编　辑：王某某　审　校：李某',
		'责 编：张某某',
		'编辑/王某某 校对/李某 组版/张某某',
		'责编／王某　美编／李某某',
	])
		expect(isShapeFurniture(line)).toBe(true);
	for (const line of [
		'短视频助农 直播带货火了',
		'记者：王某某',
		'记　者：王某某',
		'编辑推荐',
		'编辑同志：',
		'记者/王某某',
	])
		expect(isShapeFurniture(line)).toBe(false);
});

test('工具栏每一段都是工具词，符号段不算；英文的播放器提示行长到80字也认出', () => {
	for (const line of [
		'【打印】 ※ 【关闭窗口】',
		'：返回顶部 / 打印本页：',
		'Your browser does not support the video tag, please upgrade it.',
	])
		expect(isShapeFurniture(line)).toBe(true);
	for (const line of [
		'打印 某某县召开春耕备耕工作会议',
		'※ ※ ※',
		'〔 〕',
		'Your browser does not support the video tag, please upgrade it to its latest version now.',
		'您的浏览器暂不支持播放该视频，请升级到最新版本后再试，或者下载某某客户端观看完整的新闻内容',
	])
		expect(isShapeFurniture(line)).toBe(false);
});

test('网站抬头：带“欢迎”或“试运行”的站名也是站名，网址一行不是标题', () => {
	expect(isSiteName('某某市政务服务网（测试版）')).toBe(true);
	expect(isSiteName('欢迎来到某某区人民政府网站')).toBe(true);
	expect(isSiteName('某某县门户网站欢迎你')).toBe(true);
	expect(isSiteName('中国某某县网')).toBe(true);
	expect(isSiteName('中国·某某县')).toBe(true);
	expect(isSiteName('中国某某')).toBe(false);
	expect(isSiteName('某某县网格化管理全覆盖')).toBe(false);
});

test('浏览器标题：“标题——站名”“标题|站名”取标题，不是站名的后半截不去掉', () => {
	expect(browserTitleHeadline('某某县开展消防安全大检查——某某晚报网')).toBe(
		'某某县开展消防安全大检查',
	);
	expect(browserTitleHeadline('某某县开展消防安全大检查 | 某某县人民政府')).toBe(
		'某某县开展消防安全大检查',
	);
	expect(browserTitleHeadline('某某县开展消防安全大检查_中国某某')).toBe(
		'某某县开展消防安全大检查',
	);
	expect(browserTitleHeadline('攻坚克难——记某某县扶贫干部张某')).toBeUndefined();
});

test('版面标签的几种写法', () => {
	expect(isPageLabel('B07：经济')).toBe(true);
	expect(isPageLabel('〖第05版：综合〗')).toBe(true);
	expect(isPageLabel('B07：经济发展取得新成效，全年增长6%')).toBe(false);
});

test('没有“来源”标签、只有站名抬头和形状可辨的页脚，也认作网页：标题不是站名，页脚不进正文', () => {
	const text = [
		'某某市政务服务网（测试版）',
		'网站首页',
		'机构概况',
		'政务动态',
		'某某市推行企业开办“一日办结”',
		'2024年4月2日',
		'近日，某某市在政务服务中心设立企业开办专区，营业执照、公章刻制、税务登记等事项一窗受理、一日办结。',
		'今年一季度，全市新登记市场主体1.2万户，同比增长15%。',
		'观看视频',
		'咨询电话：(0532)88886666',
		'政府网站识别码：4400000012',
	].join('\n');
	const [a, ...rest] = extractArticles(
		{ path: 'page.txt', bytes: new TextEncoder().encode(text) },
		{ furniture },
	).articles;
	expect(rest).toHaveLength(0);
	expect(a!.title).toBe('某某市推行企业开办“一日办结”');
	expect(a!.date).toBe('2024-04-02');
	expect(a!.paragraphs.join('\n')).not.toMatch(/视频|电话|识别码|概况|动态/);
});

test('电子版版面末尾的备案号、网站识别码一行也不进最后一篇的正文', () => {
	const last = '专家表示，国产电影要把丰富的文化资源转化为具有竞争力的作品。';
	for (const footer of [
		'公安机关备案号：41020302000123',
		'京ICP备12345678号',
		'网站识别码：1234567890',
	])
		for (const page of [
			[
				'某某日报 2020年1月2日 星期四 第05版',
				'',
				'电影创作要守正创新',
				'本报记者 张明',
				last,
				footer,
			],
			['某某县人民政府网', '电影创作要守正创新', '发布时间：2020-01-02', last, footer],
		]) {
			const items = extractArticles(
				{ path: 'page.txt', bytes: new TextEncoder().encode(page.join('\n')) },
				{ furniture },
			).articles;
			expect(items.at(-1)!.paragraphs).toEqual([last]);
		}
	expect(isShapeFurniture('县医保局开通异地就医备案线上办理')).toBe(false);
});

test('标题里的“备案”“识别码”等词不是页脚', () => {
	expect(isFooterShape('县医保局开通异地就医备案线上办理')).toBe(false);
	expect(isFooterShape('纳税人识别码可在手机上查询')).toBe(false);
});

test('面包屑的各种分隔符、公众号的发表行和括号里的附件名', () => {
	for (const line of [
		'所在位置：首页 / 政务公开 / 工作动态',
		'您的位置 首页 - 图片新闻',
		'某某发布 2024-05-01 08:00 发表于某某',
		'附件〔某某县春耕补贴办法.docx〕',
	])
		expect(isShapeFurniture(line)).toBe(true);
	expect(isShapeFurniture('首页设计大赛在某某县举行')).toBe(false);
});

test('向读者喊话的结尾提示、只有网址的一行是装饰；标题里的“点个赞”不是', () => {
	expect(isShapeFurniture('觉得有用就点个赞吧！')).toBe(true);
	expect(isShapeFurniture('记得分享哦')).toBe(true);
	expect(isShapeFurniture('觉得不错，请点个在看')).toBe(true);
	expect(isShapeFurniture('请点个“赞”')).toBe(true);
	expect(isShapeFurniture('评论 52　赞 1359')).toBe(true);
	expect(isShapeFurniture('阅读 1.2万  在看 35')).toBe(true);
	expect(isShapeFurniture('评论区第3条')).toBe(false);
	expect(isShapeFurniture('您的留言将在审核后显示')).toBe(true);
	expect(isShapeFurniture('网友留言称，希望尽快修复这条道路。')).toBe(false);
	expect(isShapeFurniture('https://www.example.com.cn')).toBe(true);
	expect(isShapeFurniture('为坚守岗位的环卫工人点个赞')).toBe(false);
	expect(isShapeFurniture('某某市大数据中心维护')).toBe(true);
	expect(isShapeFurniture('论坛由某某市人民政府主办')).toBe(false);
});

test('浏览器标题的站名是“今日某某”这样的县报名', () => {
	expect(browserTitleHeadline('某某县开展消防安全大检查——今日某某')).toBe(
		'某某县开展消防安全大检查',
	);
});

test('播放器、看图和加载提示按词类认出，用这些词的标题不算', () => {
	for (const line of [
		'音频：听新闻',
		'点击图片查看大图',
		'视频加载失败，请刷新重试',
		'图片加载中…',
		'点击查看原图',
		'▶ 收听音频',
	])
		expect(isShapeFurniture(line), line).toBe(true);
	for (const line of ['视频会议部署春耕生产', '图片里的新变化', '听新闻的老人们'])
		expect(isShapeFurniture(line), line).toBe(false);
});

test('“点这里”“轻触”一类的动作词加播放器词也是播放器的占位行，正文里说“这里”的句子不算', () => {
	for (const line of ['轻触这里收听音频', '点这里观看视频', '单击此处播放', '戳这里看视频'])
		expect(isShapeFurniture(line), line).toBe(true);
	for (const line of ['这里播放的是家乡戏', '轻触屏幕就能办理业务。'])
		expect(isShapeFurniture(line), line).toBe(false);
});

test('播放器的时钟和按钮、播放器出错和浏览器太旧的提示按形状认出', () => {
	for (const line of [
		'00:00 | 全屏',
		'01:25 / 04:10 | 倍速 | 全屏',
		'00:00  静音  全屏',
		'00:00 / 04:12　▷',
		'⏸ 01:30 / 02:48',
		'00:00 / 05:20',
		'［视频播放器加载出错，请稍后刷新］',
		'浏览器版本太低，无法正常播放视频',
		'您的浏览器版本过低，请升级后观看',
	])
		expect(isPhraseFurniture(line, furniture) || isShapeFurniture(line), line).toBe(true);
	for (const line of [
		'10:30 开幕',
		'10:30 ▶',
		'播放器厂商加快布局',
		'该县群众反映部分地区无法收看电视节目，相关部门已着手解决。',
	])
		expect(isPhraseFurniture(line, furniture) || isShapeFurniture(line), line).toBe(false);
});

test('括号里键和名字之间只隔空格的编辑行（编辑 某某 审核 某某）按形状认出', () => {
	for (const line of [
		'（编辑 王某某 审核 李某）',
		'【责编 张某  校对 赵某某】',
		'编辑 王某 终审 刘某某',
		// A paper's desk names its art editor beside its copy editors.
		'编辑 王某某　美术 李某　校对 赵某某',
	])
		expect(isShapeFurniture(line), line).toBe(true);
	for (const line of ['编辑 部门负责人介绍', '（记者 王某某 通讯员 李某）', '编辑推荐 审核通过'])
		expect(isShapeFurniture(line), line).toBe(false);
});

test('门户的栏目菜单：四个以上栏目里夹一个本地栏目名（某某县概况）也是菜单；标题不是', () => {
	expect(isPhraseFurniture('某某县概况  领导之窗  机构设置  政策文件  通知公告', furniture)).toBe(
		true,
	);
	expect(isPhraseFurniture('某某县概况  政策文件', furniture)).toBe(false);
	// A channel's name before a link cut short (`通知公告 / 关于某某……`) is a ticker's or a crumb's step.
	expect(isPhraseFurniture('通知公告 / 关于做好2024年春季森林防火工作的……', furniture)).toBe(true);
	expect(isPhraseFurniture('政策解读｜一图读懂某某县支持民营经济发展二十条', furniture)).toBe(
		false,
	);
	expect(isPhraseFurniture('学习政策文件  推动机构设置  优化营商环境  提升服务', furniture)).toBe(
		false,
	);
});

test('转载平台的免责声明、打开客户端的提示、版权行是页面家具', () => {
	for (const line of [
		'特别声明：本文为某某号作者上传并发布，仅代表该作者观点，本平台仅提供信息存储服务。',
		'声明：本文观点不代表本站立场。',
		'打开某某新闻客户端，阅读体验更佳',
		'建议使用1280×720分辨率、IE9以上浏览器访问本站',
		'提示：为了获得最佳的浏览体验，请升级您的浏览器。',
		'为保证良好的显示效果，请用Firefox或360极速浏览器打开',
		'写评论...',
		'发表您的看法',
		// A link to the text's original, its label bracketed before the original's title.
		'【原文链接】某某县出台支持民营经济发展二十条措施',
		'查看原文：http://www.example.gov.cn/art/2024/5/8/art_1.html',
	])
		expect(isPhraseFurniture(line, furniture) || isShapeFurniture(line), line).toBe(true);
	expect(
		isPhraseFurniture(
			'会议强调，要坚持以人民为中心的发展思想，把本平台打造成群众信得过的服务窗口，不断提升服务质量。',
			furniture,
		),
	).toBe(false);
});

test('任何长度、任何位置的版权行都是页脚', () => {
	const page = [
		'某某县召开春耕生产部署会',
		'4月6日，某某县召开春耕生产部署会，安排全县春耕备耕工作。会议要求各乡镇抓好农资供应和技术服务。',
		'Copyright © 2023 中共某某县委宣传部（某某县融媒体中心） All Rights Reserved.',
		'2020 © 某某县卫生健康局 版权所有',
	];
	const { lines } = cleanLines(
		page.map((text, i) => ({ text, line: i + 1 })),
		furniture,
	);
	expect(lines.map((l) => l.text)).toEqual(page.slice(0, 2));
});

test('浏览器标题的其他分隔符：全角连字符、“丨”、连续下划线、带英文名和频道的站名', () => {
	const headline = '某某县开展消防安全大检查';
	for (const title of [
		`${headline}－某某县应急管理局`,
		`${headline}丨某某县人民政府`,
		`${headline}__某某县人民政府`,
		`${headline}_某某号·政务_某某新闻-The Daily`,
	])
		expect(browserTitleHeadline(title), title).toBe(headline);
	// A headline's own dash or bar before words that name no site stays whole.
	expect(browserTitleHeadline('春耕正当时丨田间地头忙')).toBeUndefined();
});

test('“站名：标题”的浏览器标题，标题在下面重印时去掉；“部门：说法”式的标题不动', () => {
	const clean = (lines: string[]) =>
		cleanLines(
			lines.map((text, i) => ({ text, line: i + 1 })),
			furniture,
		).lines.map((l) => l.text);
	const body =
		'4月6日，某某县应急管理局组织开展消防安全大检查，重点检查人员密集场所和高层建筑的消防设施。';
	expect(
		clean([
			'某某县应急管理局：某某县开展消防安全大检查',
			'网站首页 | 新闻中心 | 政务公开',
			'某某县开展消防安全大检查',
			body,
		])[0],
	).toBe('某某县开展消防安全大检查');
	expect(clean(['某某县应急管理局：全县开展消防安全大检查', body])[0]).toBe(
		'某某县应急管理局：全县开展消防安全大检查',
	);
});

test('以圆点隔开、从“本站首页”起的菜单是导航；浏览器标题里除去站名后仍是一串菜单词的不是标题', () => {
	expect(isNavigationLine('本站首页 · 机构概况 · 政务公开 · 办事服务 · 互动交流')).toBe(true);
	expect(isNavigationLine('春风送暖 · 岗位送到家门口 · 某某县举办招聘会')).toBe(false);
	expect(browserTitleHeadline('长者服务 | 在线问答 | 某某县人民政府')).toBeUndefined();
	expect(browserTitleHeadline('某某县开展消防安全大检查 | 某某县人民政府')).toBe(
		'某某县开展消防安全大检查',
	);
});

test('图片和视频的占位：单独一行的“[图]”“【视频】”，英文的浏览器不支持提示', () => {
	for (const line of [
		'[图]',
		'【图片】',
		'（视频）',
		'Your browser does not support the video tag.',
		'Your browser does not support the audio element.',
	])
		expect(isShapeFurniture(line), line).toBe(true);
	expect(isShapeFurniture('[图]为志愿者在社区服务。')).toBe(false);
});

test('访问计数、网站运维行和微信的界面文字是装饰', () => {
	for (const line of [
		'您是第1234567位访问者',
		'您是本站第89012位访客',
		'网站运维：某某县信息中心',
		'预览时标签不可点',
		'微信扫一扫可打开此内容，使用完整服务',
		'在小说阅读器中沉浸阅读',
		'设为星标，第一时间收到推送',
		'星标★某某发布，及时获取最新消息',
	])
		expect(isPhraseFurniture(line, furniture) || isShapeFurniture(line), line).toBe(true);
});

test('图集的计数、翻看和收尾按钮按形状认出，说图片的句子和标题不是', () => {
	for (const line of [
		'（2/6）',
		'3 / 8',
		'第4张 共9张',
		'第3/8幅',
		'第1/4张',
		'图6（共11）',
		'图2/7',
		'共12张图片',
		'组图 | 共6张',
		'［全部12幅］',
		'查看全部5张',
		'下一张',
		'上一张 下一张',
		'点击图片看下一张',
		'全屏浏览',
		'返回图集列表',
		'【图集结束】',
		'更多图片 »',
		'自动播放',
	])
		expect(isShapeFurniture(line)).toBe(true);
	for (const line of [
		'共展出摄影作品120幅、图片资料300余张。',
		'图片新闻里的小康生活',
		'全屏直播春晚引热议',
		'2/3的村庄通了硬化路',
		'全部4张选票均有效。',
		'图3为示意图',
		'第2/3季度',
	])
		expect(isShapeFurniture(line)).toBe(false);
});

test('面包屑按路径认出：前面是站名和栏目，末段是标题，标题里有逗号也一样', () => {
	for (const line of [
		'您所在的位置：某某县人民政府网 >> 政务动态 >> 某某县召开春季森林防火工作推进会',
		'当前位置：首页 > 本地要闻 > 春耕时节，某某镇田间地头一派繁忙景象',
		'位置：首页 → 部门动态 → 某某县举行植树节义务植树…',
		'首页 / 乡镇街道 / 正文：某某镇开展安全生产大检查',
	])
		expect(isShapeFurniture(line)).toBe(true);
	for (const line of [
		'从城区到乡镇 > 从乡镇到村组，覆盖面不断扩大。',
		'某某县召开春季森林防火工作推进会',
		'收入从3万元 > 5万元 > 8万元，村民日子越过越红火',
	])
		expect(isShapeFurniture(line)).toBe(false);
});

test('播放器的时长、“收听本文”、一排方括号按钮和平台“不代表某某立场”的声明是页面家具', () => {
	for (const line of [
		'（视频时长 03分钟）',
		'视频时长：02:45',
		'(音频时长 5分30秒)',
		'🔊 收听本文',
		'[网站纠错]  [适老化无障碍服务]',
		'本文来自某某号作者，不代表某某网立场',
		'本文为作者观点，不代表本平台观点',
	])
		expect(isShapeFurniture(line)).toBe(true);
	for (const line of [
		'视频时长虽短，但信息量很大，网友纷纷点赞。',
		'代表们表示，这些意见不代表最终立场，还将广泛征求意见。',
	])
		expect(isShapeFurniture(line)).toBe(false);
});

test('尖括号“〈上一篇〉”也是翻页链接', () => {
	expect(isPhraseFurniture('〈上一篇〉某某县开展安全生产大检查', furniture)).toBe(true);
});

test('箭头开头的翻页链接（“⇐ 上一条”“➡ 下一篇”）和带引号账号名的关注提示都是家具', () => {
	for (const line of [
		'⇐ 上一条 全县召开秋冬季安全生产工作会议',
		'➡ 下一篇：某某镇举办农民丰收节',
		'◀ 前一篇 某某县启动冬春水利建设',
		'请关注「某某县融媒」，第一时间了解本地资讯',
		'欢迎关注“某某区发布”，获取权威信息',
	])
		expect(isShapeFurniture(line)).toBe(true);
	expect(isShapeFurniture('关注“一老一小”，把好事办好、实事办实。')).toBe(false);
});

test('网页快照说明的第二行（当前页可能已改、请看原网页）没有“快照”二字也是家具，正文里的长句不是', () => {
	for (const line of ['当前页在此期间可能已经更改。了解详情', '原网页已删除，点击查看最新版本'])
		expect(isShapeFurniture(line)).toBe(true);
	expect(
		isShapeFurniture('该县门户网站改版后，当前网页打开速度明显加快，群众查看办事指南更加便捷。'),
	).toBe(false);
});
