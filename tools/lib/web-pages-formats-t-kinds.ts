import type { AccountRepostFormats } from './web-pages-n-account-repost.ts';
import type { AudioPlayerFormats } from './web-pages-n-audio-player.ts';
import type { CatalogLineFormats } from './web-pages-n-catalog-line.ts';
import type { ReviewBlockFormats } from './web-pages-n-review-block.ts';
import type { ColumnLabelFormats } from './web-pages-o-column-label.ts';
import type { CrumbDateFormats } from './web-pages-o-crumb-date.ts';
import type { FollowRunInFormats } from './web-pages-o-follow-run-in.ts';
import type { TagLineFormats } from './web-pages-o-tag-line.ts';
import type { AltEchoFormats } from './web-pages-p-alt-echo.ts';
import type { DatedPagerFormats } from './web-pages-p-dated-pager.ts';
import type { ServiceBoxFormats } from './web-pages-p-service-box.ts';
import type { UpdateStampFormats } from './web-pages-p-update-stamp.ts';

// Split t's wording of the kinds splits n, o and p brought, written blind.

/** Split t's 听全文 players. */
export const T_AUDIO_PLAYER: AudioPlayerFormats = {
	rate: 0.05,
	voices: ['晓晓', '云扬', '小美'],
	blocks: (p) => [
		`听全文 ${p.duration}\n${p.voice}为您朗读`,
		`🔊 语音播报 00:00/${p.duration}`,
		`收听本文（${p.voice}）`,
	],
};

/** Split t's review blocks. */
export const T_REVIEW_BLOCK: ReviewBlockFormats = {
	rate: 0.06,
	blocks: ['初审：{name}\n复审：{name}\n终审：{name}', '一审：{name}　二审：{name}　三审：{name}'],
};

/** Split t's 信息公开目录 lines. */
export const T_CATALOG_LINE: CatalogLineFormats = {
	rate: 0.05,
	withMeta: 0.4,
	writtenDates: ['YYYY-MM-DD', 'YYYY年M月D日'],
	lines: (p) => [
		`索引号：${p.n}　发布机构：${p.source}　成文日期：${p.written}　发布日期：${p.date}　主题分类：其他`,
		`[${p.year}]-${p.n} | ${p.source} | 成文：${p.written} | 发布：${p.date}`,
	],
};

/** Split t's 公众号 reposts. */
export const T_ACCOUNT_REPOST: AccountRepostFormats = {
	rate: 0.05,
	accounts: ['{place}发布', '微{place}', '{place}融媒'],
	heads: ['本文转自微信公众号“{account}”', '来源：{account}（ID：gh_{n}）'],
	tails: ['长按二维码关注“{account}”', '更多资讯请关注“{account}”公众号'],
};

/** Split t's column labels and 字号 lines. */
export const T_COLUMN_LABEL: ColumnLabelFormats = {
	rate: 0.06,
	columns: ['本地要闻', '部门动态', '乡镇街道', '政策解读'],
	labels: ['【{column}】', '栏目：{column}'],
	sizers: ['字号：大 中 小', '', '【A+ A A-】'],
};

/** Split t's breadcrumbs that end in the date and the outlet. */
export const T_CRUMB_DATE: CrumbDateFormats = {
	rate: 0.05,
	crumbs: ['首页 > 工作动态 > {source} > {date}', '您的位置：首页 | 部门动态　　{date}　{source}'],
};

/** Split t's topic tags. */
export const T_TAG_LINE: TagLineFormats = {
	rate: 0.06,
	tags: ['乡村振兴', '营商环境', '民生', '安全生产', '生态环境', '文明创建', '项目建设'],
	glues: ['　', '、', ' | '],
	blocks: ['标签：{tags}', '相关主题词：{tags}'],
};

/** Split t's follow prompts run into the last paragraph. */
export const T_FOLLOW_RUN_IN: FollowRunInFormats = {
	rate: 0.04,
	glues: ['', ' '],
	prompts: ['更多资讯请扫码关注{place}发布', '长按识别二维码，了解更多{place}新闻\n关注我们'],
};

/** Split t's alt texts repeating the headline. */
export const T_ALT_ECHO: AltEchoFormats = {
	rate: 0.05,
	lines: ['{ptitle}', '图：{ptitle}', '{ptitle}（资料图）'],
};

/** Split t's later 修改 lines. */
export const T_UPDATE_STAMP: UpdateStampFormats = {
	rate: 0.05,
	days: [1, 60],
	dates: ['YYYY-MM-DD HH:mm', 'YYYY年M月D日'],
	lines: ['最后修改时间：{updated}', '（本页更新于{updated}）'],
};

/** Split t's dated 上一篇/下一篇 links. */
export const T_DATED_PAGER: DatedPagerFormats = {
	rate: 0.06,
	pagers: [
		'上一篇：{title}（{odate}）\n下一篇：{title}（{odate}）',
		'前一篇 {odate} {title}\n后一篇 {odate} {title}',
	],
};

/** Split t's 办事指南 boxes. */
export const T_SERVICE_BOX: ServiceBoxFormats = {
	rate: 0.04,
	above: 0.3,
	boxes: [
		'办事指南\n受理地点：{place}政务服务中心一楼\n承诺时限：5个工作日\n咨询电话：0{n}',
		'【服务信息】\n办理对象：辖区居民\n收费标准：不收费\n监督电话：12345',
	],
};
