import type { Quantity } from '../schema/release.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';

/**
 * Reads the numbers a clause states, with unit, subject and kind.
 *
 * Taken: Arabic numbers with a unit or counter (591名干部, 5.8万家次, 3.82亿元, 办结率99.3%), ranges
 * (2至3年), frequencies (每2至3年, 每周走访不少于2次, 每季度进行一次), durations (满5年, 1天内),
 * approximate counts (2700余人次, 近700人, 近百项 → 100: approximations of 百/千/万 are given their
 * round value), and Chinese numerals followed by a counter (六项指标, 三个方面, 二十条).
 * Not taken: years (2023年), dates (11月29日, 9日), clock times, document numbers (〔2023〕5号),
 * phone and hotline numbers (no unit), ordinals (第十七场, 第32个), 一 + counter (一张网络 is an
 * article, not a count), and numerals inside quotation marks or 《》 (“五比五看” is a name).
 */

const AR = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const ZH = '[零一二两三四五六七八九十百千]+';
const MULT: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

const MONEY = ['万美元', '亿美元', '美元', '元'];
const PERCENT = ['%', '％', '个百分点'];
const DURATION = ['个工作日', '工作日', '个多月', '个月', '小时', '分钟', '周', '年', '天', '日'];
const COUNT = [
	'人次',
	'家次',
	'户次',
	'轮次',
	'批次',
	'场次',
	'个',
	'名',
	'人',
	'家',
	'项',
	'条',
	'件',
	'次',
	'期',
	'篇',
	'场',
	'批',
	'支',
	'轮',
	'所',
	'户',
	'座',
	'处',
	'套',
	'台',
	'辆',
	'类',
	'位',
	'份',
	'本',
	'张',
	'间',
	'栋',
	'部',
	'遍',
	'起',
	'余',
];
const OTHER = [
	'平方公里',
	'平方米',
	'立方米',
	'公里',
	'千米',
	'公顷',
	'亩',
	'吨',
	'千瓦',
	'公斤',
	'岁',
	'米',
];
const UNIT_RE = [...MONEY, ...PERCENT, ...DURATION, ...COUNT, ...OTHER]
	.sort((a, b) => b.length - a.length)
	.join('|');

/** `[近|超过|满…](n)(万|亿)?(余|多)?([至到-](m)(万|亿)?)?(unit)(内|以内|以上)?` */
const NUMBER = new RegExp(
	String.raw`(?<pre>第|满|近|超过|超|不少于|不低于|至少|累计|共计)?(?<n>${AR}|${ZH})(?<nm>[万亿千](?!米|瓦|克))?(?<approx>余|多)?(?:(?:至|到|-|~|—|－)(?<m>${AR}|${ZH})(?<mm>[万亿千](?!米|瓦|克))?)?(?<unit>${UNIT_RE})(?<post>以内|内|以上|以下|左右)?`,
	'g',
);
const APPROX =
	/(?<pre>近|上|数)(?<n>百|千|万)(?<approx>余)?(?<unit>名|人|家|项|条|件|次|个|户|人次|家次)/g;
const FREQUENCY = new RegExp(
	String.raw`每(?:(?<n>${AR}|[两二三四五六七八九十])(?:(?:至|到|-|~)(?<m>${AR}|[两二三四五六七八九十]))?(?<unit>个月|年|月|周|天|日|小时)|(?<period>半年|季度|年|季|月|周|天|日|个月)(?<verb>[^，,。；;、\d“”]{0,8}?)(?:不少于|不低于|至少|不超过|最多|达到)?(?<k>${AR}|[一两二三四五六七八九十])(?<kunit>次|遍|轮|场|期|批))`,
	'g',
);
const SUBJECT_STOP =
	/到|在|参加|参与|开展|进行|通过|共|和|与|及|的|等|挂点|走访|组成|实现|完成|获得|入选|纳入|签约|落地|达到|以上|以下|左右|认真|积极|主动|撰写|分别|获评|获|未|并|均|已|将|被|从|赴|拥有|建成|扩大|成为|用于|覆盖|涉及|超过|达|带动|来自|位于|正在|开始|出席|作了|提供|实施|接受|得到|累计|其中|全部|进入|通报|提出|召开|推动|懂|是|有|关于|任|担任|全市|全省|全区|全县|全国|第|参/;
const PERCENT_SUBJECT =
	/([\u4e00-\u9fff]{0,2}(?:率|度|比例|比重)|占比|增长|下降|增速|提高|降低|提升)$/;

function toNumber(raw: string | undefined, mult?: string): number | undefined {
	if (raw === undefined) return undefined;
	const base = /\d/.test(raw) ? Number(raw.replaceAll(',', '')) : parseChineseNumeral(raw);
	if (base === undefined || Number.isNaN(base)) return undefined;
	return mult ? Math.round(base * (MULT[mult] ?? 1) * 1e6) / 1e6 : base;
}

function kindOf(unit: string): Quantity['kind'] {
	if (MONEY.includes(unit)) return 'money';
	if (PERCENT.includes(unit)) return 'percent';
	if (DURATION.includes(unit)) return 'duration';
	if (COUNT.includes(unit)) return 'count';
	return 'other';
}

function followingNoun(text: string, from: number): string {
	const m = /^[\u4e00-\u9fff]{1,10}/.exec(text.slice(from));
	if (!m) return '';
	const stop = SUBJECT_STOP.exec(m[0]);
	const noun = stop ? m[0].slice(0, stop.index) : m[0];
	return noun.length <= 8 ? noun : '';
}

// Fixed political formulas read as names, not counts (八项规定 is one set of rules, not eight).
const FORMULA_NAMES =
	/八项规定|四个意识|四个自信|两个维护|两个确立|四个全面|五位一体|三严三实|两学一做|三会一课|四风|两会/g;

/** The first characters of `FORMULA_NAMES`: a text without any of them holds no formula. */
const FORMULA_OPENINGS = /[八四两五三]/;

/** Spans inside “” 「」 《》 and fixed formula names: numerals there belong to names and titles. */
function quotedSpans(text: string): [number, number][] {
	return [
		...text.matchAll(/“[^”]*”|「[^」]*」|《[^》]*》|"[^"]*"/g),
		...(FORMULA_OPENINGS.test(text) ? text.matchAll(FORMULA_NAMES) : []),
	].map((m) => [m.index, m.index + m[0].length]);
}

/** Numbers stated in `text`, in order of appearance. */
export function parseQuantities(text: string): Quantity[] {
	const found: { at: number; end: number; q: Quantity }[] = [];
	const quoted = quotedSpans(text);
	const taken = (at: number, end: number): boolean =>
		found.some((f) => at < f.end && end > f.at) || quoted.some(([a, b]) => at >= a && at < b);

	for (const m of text.matchAll(FREQUENCY)) {
		const g = m.groups ?? {};
		const n = toNumber(g.n ?? g.k);
		if (n === undefined || taken(m.index, m.index + m[0].length)) continue;
		const q: Quantity = {
			text: m[0],
			value: n,
			unit: (g.unit ?? g.kunit) as string,
			subject: '',
			kind: 'frequency',
		};
		const max = toNumber(g.m);
		if (max !== undefined) q.valueMax = max;
		if (g.verb !== undefined)
			q.subject = g.verb.replace(/^(?:要|需|须|应|必须|至少|开展|进行|组织|召开)+/, '');
		found.push({ at: m.index, end: m.index + m[0].length, q });
	}

	for (const m of text.matchAll(NUMBER)) {
		const g = m.groups ?? {};
		const unit = g.unit as string;
		const raw = g.n as string;
		const at = m.index + (g.pre?.length ?? 0);
		const end = m.index + m[0].length;
		if (g.pre === '第' || taken(m.index, end)) continue;
		const zh = !/\d/.test(raw);
		if (
			zh &&
			(raw === '一' ||
				unit === '余' ||
				![
					'个',
					'名',
					'项',
					'条',
					'家',
					'人',
					'类',
					'批',
					'期',
					'场',
					'次',
					'年',
					'天',
					'周',
					'个月',
					'个多月',
					'件',
					'支',
				].includes(unit))
		)
			continue;
		if (!zh && /\d/.test(text[m.index - 1] ?? '')) continue;
		if (unit === '余') continue;
		const value = toNumber(raw, g.nm);
		if (value === undefined) continue;
		// Dates and years are not quantities.
		if (unit === '年' && !g.nm && value >= 1900 && value <= 2100) continue;
		if (unit === '年' && text[end] === '代') continue;
		if (unit === '日') continue;
		// Ranks (全市前70位, 后3名) are not counts.
		if (/[前后]$/.test(text.slice(0, m.index))) continue;
		if (unit === '周' && !g.post && g.pre !== '满' && g.pre !== '近') {
			// 周 after a number is usually 周年 or 周岁; keep only 3周内 / 满2周.
			continue;
		}
		const kind = kindOf(unit);
		const printedUnit =
			kind === 'money' ? `${g.nm ?? ''}${unit}` : unit === '个多月' ? '个月' : unit;
		const q: Quantity = {
			text: text.slice(kind === 'duration' || g.pre === '近' || g.pre === '满' ? m.index : at, end),
			value,
			unit: printedUnit,
			subject: '',
			kind,
		};
		const max = toNumber(g.m, g.mm ?? g.nm);
		if (max !== undefined && max > value) q.valueMax = max;
		if (kind === 'percent') q.subject = PERCENT_SUBJECT.exec(text.slice(0, m.index))?.[1] ?? '';
		else if ((kind === 'count' || kind === 'money') && !g.post)
			q.subject = followingNoun(text, end);
		if (q.subject && kind !== 'percent' && end + q.subject.length <= text.length)
			q.text += q.subject;
		const start = kind === 'percent' && q.subject ? m.index - q.subject.length : m.index;
		if (kind === 'percent' && q.subject) q.text = text.slice(start, end);
		found.push({
			at: start,
			end: end + (kind === 'count' || kind === 'money' ? q.subject.length : 0),
			q,
		});
	}

	for (const m of text.matchAll(APPROX)) {
		const g = m.groups ?? {};
		if (g.pre === '数' || taken(m.index, m.index + m[0].length)) continue;
		const end = m.index + m[0].length;
		const subject = followingNoun(text, end);
		found.push({
			at: m.index,
			end: end + subject.length,
			q: {
				text: m[0] + subject,
				value: MULT[g.n === '百' ? '' : (g.n as string)] ?? 100,
				unit: g.unit as string,
				subject,
				kind: 'count',
			},
		});
	}

	return found.sort((a, b) => a.at - b.at).map((f) => f.q);
}
