import type { ColumnLabelFormats } from './web-pages-o-column-label.ts';
import type { CrumbDateFormats } from './web-pages-o-crumb-date.ts';
import type { FollowRunInFormats } from './web-pages-o-follow-run-in.ts';
import type { TagLineFormats } from './web-pages-o-tag-line.ts';

/** Split o's column labels (栏目 above the headline, 字号 under the meta line). */
export const COLUMN_LABEL_O: ColumnLabelFormats = {
	rate: 0.12,
	columns: [
		'领导活动',
		'政务动态',
		'部门动态',
		'乡镇（街道）动态',
		'今日{place}',
		'基层风采',
		'民生实事',
	],
	labels: [
		'【{column}】',
		'栏目：{column}',
		'{column}',
		'■ {column}',
		'{column}\n本栏目发布{place}领导公务活动信息',
		'{column}\n及时发布全县各部门、各乡镇工作动态。',
		'所属栏目：{column}',
	],
	sizers: [
		'字号：大 中 小',
		'【字号：大 中 小】',
		'字体：[ 大 中 小 ]',
		'[ 默认 ] [ 大 ] [ 特大 ]',
		'A+ A A-',
		'',
	],
};

/** Split o's breadcrumbs that end in the page's date and outlet. */
export const CRUMB_DATE_O: CrumbDateFormats = {
	rate: 0.07,
	crumbs: [
		'当前位置：首页 > 政务动态 > 正文　　发布时间：{date}　　来源：{source}',
		'您的位置：首页 » 新闻中心 » 部门动态　发布日期：{date}　信息来源：{source}',
		'首页 > 信息公开 > 工作动态\n发布时间：{date}　来源：{source}',
		'当前位置：网站首页 - 今日{place}　　{date}　{source}',
		'首页/新闻动态/乡镇动态 时间：{date} 来源：{source} 浏览：{n}',
	],
};

/** Split o's 关键词 blocks after the body. */
export const TAG_LINE_O: TagLineFormats = {
	rate: 0.1,
	tags: [
		'乡村振兴',
		'营商环境',
		'民生实事',
		'安全生产',
		'生态环境',
		'项目建设',
		'基层治理',
		'文明创建',
		'招商引资',
		'防汛抗旱',
		'共同富裕',
		'数字化改革',
	],
	glues: [' ', '　', '；', ',', ' | '],
	blocks: [
		'关键词：{tags}',
		'标签：{tags}',
		'【关键词】{tags}',
		'关键字：{tags}\n责任编辑：{name}　　【纠错】',
		'Tags：{tags}',
		'关键词：{tags}\n【我要纠错】　责任编辑：{name}',
		'相关标签：{tags}',
	],
};

/** Split o's 扫码关注 prompts run into the last paragraph. */
export const FOLLOW_RUN_IN_O: FollowRunInFormats = {
	rate: 0.08,
	glues: ['', '', ' ', '　'],
	prompts: [
		'扫码关注“{place}发布”微信公众号，获取更多权威信息',
		'{site}政务新媒体矩阵：微信 | 微博 | 抖音 | 今日头条',
		'长按识别二维码关注{place}融媒',
		'更多资讯请关注{site}官方微信、微博\n微信号：{place}发布',
		'欢迎扫描下方二维码关注我们',
		'打开微信扫一扫，关注“{city}发布”',
	],
};
