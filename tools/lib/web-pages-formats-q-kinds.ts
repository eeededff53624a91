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
import type { SourceAtEndFormats } from './web-pages-source-at-end.ts';

/** Split q's reposts that name their outlet only after the text. */
export const SOURCE_AT_END_Q: SourceAtEndFormats = {
	rate: 0.08,
	tops: ['{date}　浏览：{n}', '更新日期：{date}', '{date} | 字号 大 中 小'],
	ends: ['（稿件来源：{source}）', '本文来源于{source}', '信息提供：{source}　{date}'],
};

/** Split q's 听新闻 players. */
export const AUDIO_PLAYER_Q: AudioPlayerFormats = {
	rate: 0.06,
	voices: ['晓晓', '云扬', '知性女声', '磁性男声'],
	blocks: (p) => [
		`🔊 点击播放语音版\n00:00 / ${p.duration}`,
		`点击收听本文（${p.voice}）　${p.duration}`,
		`本文支持语音朗读\n▶ ${p.duration}　${p.voice}　1.0x`,
	],
};

/** Split q's 三审三校 blocks. */
export const REVIEW_BLOCK_Q: ReviewBlockFormats = {
	rate: 0.08,
	blocks: [
		'一审：{name}\n二审：{name}\n三审：{name}',
		'初审：{name}　复审：{name}　终审：{name}',
		'校对 | {name}\n审核 | {name}\n签发 | {name}',
	],
};

/** Split q's 信息公开目录 entries above the headline. */
export const CATALOG_LINE_Q: CatalogLineFormats = {
	rate: 0.06,
	withMeta: 0.4,
	writtenDates: ['YYYY-MM-DD', 'YYYY年MM月DD日'],
	lines: (p) => [
		`[ 索引号：11330784${p.n.slice(0, 6)}/${p.year}-${p.n.slice(-4)} | 发布机构：${p.source} | 成文日期：${p.written} | 公开日期：${p.date} ]`,
		`信息分类：工作动态　发布单位：${p.source}　成文时间：${p.written}　发布时间：${p.date}　编号：${p.n}`,
	],
};

/** Split q's 公众号 articles re-posted on a portal, with the account's prompts. */
export const ACCOUNT_REPOST_Q: AccountRepostFormats = {
	rate: 0.06,
	accounts: ['{place}发布', '{place}公安', '{city}文旅', '{place}融媒'],
	heads: ['点击蓝字 关注{account}', '▲ 戳上方“{account}”关注我们', '↑ 点击上方{account}可快速关注'],
	tails: [
		'长按识别二维码，关注{account}',
		'觉得有用就点个“在看”\n{account}出品',
		'更多资讯请关注微信公众号：{account}',
	],
};

/** Split q's column labels above the headline and 字号 lines under the meta line. */
export const COLUMN_LABEL_Q: ColumnLabelFormats = {
	rate: 0.08,
	columns: ['县域动态', '政务要闻', '民生热点', '镇街快讯', '通知公示'],
	labels: ['栏目：{column}', '【{column}】', '{column} >>'],
	sizers: ['调整字号：T+ | T | T-', '[大字] [标准]', ''],
};

/** Split q's breadcrumbs that alone date a page and name its outlet. */
export const CRUMB_DATE_Q: CrumbDateFormats = {
	rate: 0.05,
	crumbs: [
		'首页 > 新闻中心 > 部门动态　　{date}　来源：{source}',
		'当前位置：首页 » 政务公开\n{source} 发布于 {date}',
	],
};

/** Split q's 关键词 blocks. */
export const TAG_LINE_Q: TagLineFormats = {
	rate: 0.08,
	tags: [
		'乡村振兴',
		'营商环境',
		'共同富裕',
		'民生实事',
		'安全生产',
		'数字化改革',
		'基层治理',
		'文明创建',
	],
	glues: [' ', '、', ' / ', '；'],
	blocks: ['标签：{tags}', '# {tags}', '主题词：{tags}\n相关专题：{place}新闻'],
};

/** Split q's 扫码关注 prompts run into the last paragraph. */
export const FOLLOW_RUN_IN_Q: FollowRunInFormats = {
	rate: 0.06,
	glues: ['', ' ', '　'],
	prompts: [
		'扫一扫右侧二维码，关注{place}发布',
		'更多精彩请下载“今日{place}”客户端\n(扫码下载)',
		'欢迎扫码关注{site}官方微信',
	],
};

/** Split q's alt texts of a lead picture, the headline again. */
export const ALT_ECHO_Q: AltEchoFormats = {
	rate: 0.07,
	lines: ['{ptitle}', '[图片]{ptitle}', '图：{ptitle}', '{ptitle}.jpg'],
};

/** Split q's later 修改时间 lines under the meta line. */
export const UPDATE_STAMP_Q: UpdateStampFormats = {
	rate: 0.08,
	days: [1, 60],
	dates: ['YYYY-MM-DD HH:mm', 'YYYY年M月D日'],
	lines: ['最后修改：{updated}', '（本文于{updated}更新）', '修订时间：{updated}'],
};

/** Split q's 上一篇/下一篇 links with their dates. */
export const DATED_PAGER_Q: DatedPagerFormats = {
	rate: 0.08,
	pagers: [
		'上一条：{title}（{odate}）\n下一条：{title}（{odate}）',
		'« {title} {odate}\n» {title} {odate}',
		'前一篇 [{odate}] {title}\n后一篇 [{odate}] {title}',
	],
};

/** Split q's 办事指南 boxes. */
export const SERVICE_BOX_Q: ServiceBoxFormats = {
	rate: 0.05,
	above: 0.4,
	boxes: [
		'【办事指南】\n办理地点：{place}行政服务中心二楼综合窗口\n承诺时限：5个工作日\n收费标准：不收费',
		'服务对象：自然人、法人\n办理渠道：浙里办APP\n咨询热线：12345',
		'事项名称：一件事联办\n即办件：是\n跑动次数：0次\n监督投诉：0579-12345',
	],
};
