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

/** Split s's 听新闻 players. */
export const S_AUDIO_PLAYER: AudioPlayerFormats = {
	rate: 0.05,
	voices: ['知性女声', '温暖男声', '标准普通话'],
	blocks: (p) => [
		`🔊 听全文　${p.duration}`,
		`语音播报\n${p.voice}　00:00/${p.duration}`,
		`点击收听本文 ${p.duration}`,
	],
};

/** Split s's 三审三校 blocks. */
export const S_REVIEW_BLOCK: ReviewBlockFormats = {
	rate: 0.06,
	blocks: ['初审：{name}\n复审：{name}\n终审：{name}', '一审 {name}  二审 {name}  三审 {name}'],
};

/** Split s's 信息公开目录 entries above the headline. */
export const S_CATALOG_LINE: CatalogLineFormats = {
	rate: 0.05,
	withMeta: 0.4,
	writtenDates: ['YYYY-MM-DD', 'YYYY年MM月DD日'],
	lines: (p) => [
		`索引号：${p.n}/${p.year}-${p.n.slice(0, 5)}　发布机构：${p.source}　成文日期：${p.written}　发布日期：${p.date}`,
		`[${p.year}]${p.n.slice(0, 3)}号 | ${p.source} | 公开时间 ${p.date} | 生成日期 ${p.written}`,
	],
};

/** Split s's 公众号 reposts with the account's prompts. */
export const S_ACCOUNT_REPOST: AccountRepostFormats = {
	rate: 0.05,
	accounts: ['{place}发布', '微{place}', '{city}政务'],
	heads: ['本文转自微信公众号“{account}”', '来源：{account}（ID：{n}）'],
	tails: ['关注“{account}”，获取更多资讯', '↑ 长按二维码关注{account}'],
};

/** Split s's column labels and 字号 lines. */
export const S_COLUMN_LABEL: ColumnLabelFormats = {
	rate: 0.06,
	columns: ['县域观察', '部门在线', '基层一线', '今日关注'],
	labels: ['【{column}】', '栏目：{column}', '{column}\n━━━━'],
	sizers: ['字号：T | T | T', '【字体：小 中 大】', ''],
};

/** Split s's breadcrumbs that date the page. */
export const S_CRUMB_DATE: CrumbDateFormats = {
	rate: 0.04,
	crumbs: ['首页 > 政务动态 > {date} {source}', '当前位置：首页 / 新闻 | {source} | {date}'],
};

/** Split s's 关键词 blocks. */
export const S_TAG_LINE: TagLineFormats = {
	rate: 0.06,
	tags: ['乡村振兴', '民生', '营商环境', '安全生产', '生态环保', '{place}'],
	glues: [' ', '、', ' / '],
	blocks: ['关键词：{tags}', '标签 | {tags}', 'TAGS：{tags}'],
};

/** Split s's follow prompts run into the last paragraph. */
export const S_FOLLOW_RUN_IN: FollowRunInFormats = {
	rate: 0.04,
	glues: ['', ' ', '　'],
	prompts: ['点击关注{place}发布，了解更多资讯。', '（扫码关注“{place}融媒”）\n欢迎转发分享'],
};

/** Split s's lead pictures' alt texts. */
export const S_ALT_ECHO: AltEchoFormats = {
	rate: 0.05,
	lines: ['{ptitle}', '图片：{ptitle}', '{ptitle}(图1)'],
};

/** Split s's 更新时间 lines. */
export const S_UPDATE_STAMP: UpdateStampFormats = {
	rate: 0.06,
	days: [1, 20],
	dates: ['YYYY-MM-DD HH:mm', 'YYYY年MM月DD日'],
	lines: ['最后更新：{updated}', '（更新于{updated}）', '修订日期：{updated}'],
};

/** Split s's dated 上一篇/下一篇 links. */
export const S_DATED_PAGER: DatedPagerFormats = {
	rate: 0.05,
	pagers: ['上一条：{title}（{odate}）\n下一条：{title}（{odate}）', '← {title} {odate}'],
};

/** Split s's 政务服务 boxes. */
export const S_SERVICE_BOX: ServiceBoxFormats = {
	rate: 0.04,
	above: 0.4,
	boxes: [
		'事项名称：相关业务办理\n办理地点：{place}政务服务中心一楼\n承诺时限：5个工作日\n咨询电话：{n}',
		'【办事指南】\n受理机构：{place}政务服务中心\n收费标准：不收费\n办理时间：工作日 9:00-17:00',
	],
};
