/**
 * What a place mention can do in its sentence. `title`, `kicker`, `subject`, `body` say the article
 * is about the place; `organisation`, `institution`, `venue`, `event`, `destination`, `origin` say
 * it is named in passing, and `dateline` where the report was filed. How much each says is its
 * weight in `search-config/place-context.json` (`salience.roleWeights`).
 */
export const MENTION_ROLES = [
	'title',
	'kicker',
	'subject',
	'body',
	'deictic',
	'dateline',
	'venue',
	'event',
	'organisation',
	'institution',
	'destination',
	'origin',
] as const;
/** What a place mention does in its sentence (see `MENTION_ROLES`). */
export type MentionRole = (typeof MENTION_ROLES)[number];

// The name of a company, bank, school, outlet … that starts with (or holds) the place: 深圳市昇科科技有限公司, 爱步科技(深圳)有限公司, 菏泽农商银行, 枣庄日报.
const ORGANISATION_AFTER =
	/^[^，。；！？、,;!?\s“”对在和与向把将为是了的等]{0,10}?(?:有限公司|有限责任公司|股份|集团|公司|银行|农商行|信用社|大学|学院|研究院|研究所|协会|商会|报社|日报|晚报|电视台|广播电视台|新闻网|融媒|酒店|宾馆|足球队|俱乐部|医疗队|救援队|代表团|代表队)(?!生)/;
// A local public service named after where it is (玉屏侗族自治县第五幼儿园, 武汉市儿童医院): it lies
// in that place, unlike a company or a university, so it counts a little.
const INSTITUTION_AFTER =
	/^[^，。；！？、,;!?\s“”对在和与向把将为是了的等]{0,10}?(?:医院|卫生院|中学|小学|幼儿园|学校)(?!生)/;
// An event named after its host (杭州亚运会, 2022年北京冬奥会, 第十届上海国际电影节, 乌镇峰会): a name,
// as a company's is; the article may report from anywhere the event reaches. Its host counts as a
// venue does, a little.
const EVENT_AFTER =
	/^[^，。；！？、,;!?\s“”对在和与向把将为是了的等]{0,6}?(?:冬奥会|奥运会|残奥会|冬残奥会|亚运会|亚残运会|大运会|世运会|全运会|青运会|运动会|世博会|园博会|花博会|博览会|交易会|展览会|洽谈会|马拉松|电影节|艺术节|峰会|论坛)/;
// Movement towards or away from the place: 选派干部到青岛挂职, 赴深圳学习, 来自12个省份.
const DESTINATION_BEFORE =
	/(?:到|赴|往|去|前往|奔赴|派往|迁往|飞往|运往|销往|发往|抵达|远赴|走进|进京)$/;
const ORIGIN_BEFORE = /(?:来自|源自|产自|从)$/;
// 本报北京1月18日电, 新华社济南3月5日电: where the reporter filed, not what the article is about.
const DATELINE_AFTER = /^[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)/;
const DATELINE_BEFORE = /(?:本报|新华社|中新社|记者)$/;
// Where an event is held (在北京人民大会堂会见, 于上海举行): the host city, not the subject.
const VENUE_BEFORE = /(?:在|于)$/;
const VENUE_AFTER =
	/^(?:人民大会堂|钓鱼台|国宾馆|国际会议中心|会展中心|举行|召开|开幕|闭幕|举办|会见|会谈|出席|启幕|落幕|拉开帷幕|发布|宣布|揭晓|颁奖|签署|签约|揭牌|首发)/;
// Where a clause starts: punctuation, or a time phrase such as 2023年以来，/ 3月7日.
const CLAUSE_START =
	/(?:^|[，。；：！？,;:!?“”『」\n]|以来|年|月|日|近日|近年来|目前|今年|去年|期间)$/;

/**
 * The role of a place mention from the text around it (`before` ends where the mention starts,
 * `after` starts where it ends), for a mention in the article body.
 */
export function mentionRole(before: string, after: string): MentionRole {
	if (DATELINE_AFTER.test(after) || DATELINE_BEFORE.test(before)) return 'dateline';
	if (VENUE_BEFORE.test(before) && VENUE_AFTER.test(after)) return 'venue';
	if (ORGANISATION_AFTER.test(after) || /[(（]$/.test(before)) return 'organisation';
	if (INSTITUTION_AFTER.test(after)) return 'institution';
	if (EVENT_AFTER.test(after)) return 'event';
	if (DESTINATION_BEFORE.test(before)) return 'destination';
	if (ORIGIN_BEFORE.test(before)) return 'origin';
	if (CLAUSE_START.test(before)) return 'subject';
	return 'body';
}
