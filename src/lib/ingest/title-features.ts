import { DATELINE, hanCount } from './patterns.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

// General features of one line of a headline block, for the learned title model: which line of
// a kicker (引题) / title (主题) / subtitle (副题) block is the title. The line's shape, its place in
// the block, the cues of the genre (a kicker leads in with 强调 or a comma, a subtitle opens with a
// dash or lists who attended), how much it shares with the body, and the rules' own reading.

/** One line of a headline block with what the model reads around it. */
export interface TitleCandidate {
	/** The block's lines in print order. */
	head: readonly SourceLine[];
	/** Index of the candidate line in `head`. */
	k: number;
	/** Bigrams of the body's opening (a few hundred characters). */
	body: ReadonlySet<number>;
	/** Whether the body opens with a dateline (`本报北京1月9日电`). */
	datelined: boolean;
	/** Index of the line the rules read as the title; -1 when none. */
	rule: number;
	/** Per line of the block: its bigrams, its letters and digits, its share of bigrams in the body. */
	bigrams: readonly ReadonlySet<number>[];
	lengths: readonly number[];
	shares: readonly number[];
}

/** Names of the features, in the order {@link titleFeatures} returns them. */
export const TITLE_FEATURES = [
	'lines',
	'position',
	'fromEnd',
	'chars',
	'relativeLength',
	'longerLines',
	'prevChars',
	'nextChars',
	'leadInVerb',
	'trailingComma',
	'trailingDash',
	'leadingDash',
	'columnTag',
	'quoted',
	'bullet',
	'sentenceMarks',
	'commas',
	'digitShare',
	'innerSpace',
	'attendance',
	'innerColon',
	'preposition',
	'shortLabel',
	'hanShare',
	'bodyShare',
	'bodyShareGap',
	'bodyShareRank',
	'parenthesized',
	'credit',
	'latinShare',
	'headShare',
	'datelined',
	'ruleTitle',
	'ruleKicker',
	'ruleSubtitle',
] as const;

/** A kicker that leads into the title: `习近平在…上强调`, `…印发`. */
const LEAD_IN = /(?:指出|强调|表示|要求|提出|印发|发布|说|称|获悉|宣布|致信|致电|回信)$/;
/** A subtitle naming who attended or chaired: `李克强王沪宁韩正出席`, `汪洋主持`. */
const ATTENDANCE = /(?:出席|主持|会见|陪同|观看|参加|致辞|讲话)(?:会议|活动|仪式)?$/;
/** A kicker opening on a preposition: `就中越建交70周年`, `在…之际`, `为…`. */
const PREPOSITION = /^(?:就|在|为|对|关于|据|从|向|随着|围绕)/;

/** A credit left over from the item above: `新华社发`, `人民视觉`, `张三摄`, `李四制图`. */
const CREDIT = /(?:摄|发|供图|视觉|制图|绘图|绘|整理)[)\uFF09]?$/;

const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** The feature row of one candidate line, in the order of {@link TITLE_FEATURES}. */
export function titleFeatures(c: TitleCandidate): number[] {
	const { head, k, lengths, shares } = c;
	const text = head[k]!.text;
	const chars = lengths[k]!;
	const longest = Math.max(1, ...lengths);
	const own = c.bigrams[k]!;
	const others = new Set<number>();
	c.bigrams.forEach((b, i) => {
		if (i !== k) for (const g of b) others.add(g);
	});
	const digits = (text.match(/\d/g) ?? []).length;
	const flag = (b: boolean) => (b ? 1 : 0);
	return [
		head.length,
		k,
		head.length - 1 - k,
		chars,
		chars / longest,
		lengths.filter((n) => n > chars).length,
		k > 0 ? lengths[k - 1]! : 0,
		k + 1 < head.length ? lengths[k + 1]! : 0,
		flag(LEAD_IN.test(text)),
		flag(/[,\uFF0C、;\uFF1B:\uFF1A]$/.test(text)),
		flag(/——$/.test(text)),
		flag(/^[—-]/.test(text)),
		flag(/[(\uFF08][^()\uFF08\uFF09]{2,30}[)\uFF09]$/.test(text)),
		flag(/^[“"「『《【[]/.test(text) && /[”"」』》】\]]$/.test(text)),
		flag(/^[■●◆▲□]/.test(text)),
		(text.match(/[。!?\uFF01\uFF1F]/g) ?? []).length,
		(text.match(/[,\uFF0C、;\uFF1B]/g) ?? []).length,
		digits / Math.max(1, chars),
		flag(/\S[\s\u3000]+\S/.test(text)),
		flag(ATTENDANCE.test(text)),
		flag(/[^:\uFF1A][:\uFF1A]./.test(text)),
		flag(PREPOSITION.test(text)),
		flag(chars <= 6),
		hanCount(text) / Math.max(1, chars),
		shares[k]!,
		shares[k]! - Math.max(...shares),
		shares.filter((x) => x > shares[k]!).length,
		flag(/^[(\uFF08].*[)\uFF09]$/.test(text)),
		flag(chars <= 12 && CREDIT.test(text)),
		(text.match(/[A-Za-z@]/g) ?? []).length / Math.max(1, chars),
		shareIn(own, others),
		flag(c.datelined),
		flag(c.rule === k),
		flag(c.rule >= 0 && k < c.rule),
		flag(c.rule >= 0 && k > c.rule),
	];
}

/** The candidates of a headline block over its body, with the rules' title at `rule`. */
export function titleCandidates(
	head: readonly SourceLine[],
	body: readonly SourceLine[],
	rule: number,
): TitleCandidate[] {
	const opening = body
		.map((b) => b.text)
		.join('')
		.slice(0, 400);
	const opened = bigramSet(opening);
	const bigrams = head.map((h) => bigramSet(h.text));
	const base = {
		head,
		body: opened,
		datelined: body[0] !== undefined && DATELINE.test(body[0].text),
		rule,
		bigrams,
		lengths: head.map((h) => compact(h.text).length),
		shares: bigrams.map((b) => shareIn(b, opened)),
	};
	return head.map((_, k) => ({ ...base, k }));
}
