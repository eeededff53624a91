/**
 * Features of one clause for the learned measure model (`measure-model.ts`): the genre's rule
 * signals (`measure-rules.ts`), the clause's shape, and hashed Han-character bigrams. Its place in
 * the article is left out: a lead is a dateline or an event in national news and the measure itself
 * in a local press release, so what position teaches on one genre misleads on the other. The rules
 * are features here, each with its learned weight, never a verdict; the model only sees clauses the
 * rules admit, so the rejecting patterns (speech, event reports, background …) are no features.
 */
import {
	ANECDOTE,
	CONCRETE,
	GRANT_ACTION,
	HARD_CONCRETE,
	OUTCOME,
	POLICY_ACTION,
	STRONG_ACTION,
	TIME_LIMIT,
	WEAK_ACTION,
} from './measure-rules.ts';

const INSTITUTION =
	/(?:局|委员会|委|厅|部|办公室|办|院|政府|党委|中心|法院|检察院|银行|学校|医院|协会)(?![分门署])/;

// Verbs inside a document title or quoted formula are not the clause's own action.
const outsideQuotes = (clause: string): string =>
	clause.replace(/《[^》]*》|“[^”]*”|「[^」]*」|"[^"]*"/g, '□');

/** One named signal: a test over the clause (`plain` has document titles and quotes blanked). */
type Signal = [name: string, test: (clause: string, plain: string) => boolean];

const onPlain =
	(rule: RegExp) =>
	(_: string, plain: string): boolean =>
		rule.test(plain);
const onClause =
	(rule: RegExp) =>
	(clause: string): boolean =>
		rule.test(clause);

const RULE_SIGNALS: Signal[] = [
	['strongAction', onPlain(STRONG_ACTION)],
	['weakAction', onPlain(WEAK_ACTION)],
	['policyAction', onPlain(POLICY_ACTION)],
	['grantAction', onPlain(GRANT_ACTION)],
	['timeLimit', onPlain(TIME_LIMIT)],
	...HARD_CONCRETE.map((rule, i): Signal => [`hardConcrete${i}`, onClause(rule)]),
	...CONCRETE.slice(HARD_CONCRETE.length).map((rule, i): Signal => [
		`softConcrete${i}`,
		onClause(rule),
	]),
	['outcome', onPlain(OUTCOME)],
	['anecdote', onPlain(ANECDOTE)],
];

const SHAPE_SIGNALS: Signal[] = [
	['documentTitle', onClause(/《[^》]+》/)],
	['quoted', onClause(/[“「"]/)],
	['institution', onPlain(INSTITUTION)],
	['percent', onClause(/[%％]|百分点/)],
	['year', onClause(/\d{4}年/)],
	['date', onClause(/\d{1,2}月\d{1,2}日/)],
	['enumeration', onClause(/、[^、]+、/)],
	['future', onPlain(/将|计划|拟/)],
	['past', onPlain(/已(?:经)?|了/)],
	['modalMust', onPlain(/必须|应当|要求/)],
	[
		'opensWithPlace',
		onClause(/^[^，,]{0,12}(?:省|市|县|区|州|盟|旗)[^，,]{0,4}(?:出台|印发|开展|实施|推出)/),
	],
];

const SIGNALS = [...RULE_SIGNALS, ...SHAPE_SIGNALS];

/** Names of the signals, in the order of their weights in a model file. */
export const SIGNAL_NAMES: readonly string[] = [
	...RULE_SIGNALS.map(([name]) => name),
	...SHAPE_SIGNALS.map(([name]) => name),
	'ruleScore1',
	'ruleScore2',
	'ruleScore3',
	'ruleScore4',
	'ruleScore5',
	'ruleScore6',
	'length<20',
	'length<40',
	'length<80',
	'length<160',
	'length≥160',
	'digits0',
	'digits1',
	'digits2-3',
	'digits4+',
	'density<0.05',
	'density<0.1',
	'density<0.2',
	'density<0.35',
	'density≥0.35',
];

const index = new Map(SIGNAL_NAMES.map((name, i) => [name, i]));
const at = (name: string): number => index.get(name) ?? -1;
const LENGTH = [20, 40, 80, 160];
const LENGTH_NAMES = ['length<20', 'length<40', 'length<80', 'length<160', 'length≥160'];
const DENSITY = [0.05, 0.1, 0.2, 0.35];
const DENSITY_NAMES = [
	'density<0.05',
	'density<0.1',
	'density<0.2',
	'density<0.35',
	'density≥0.35',
];
const bucket = (value: number, bounds: number[]): number => {
	const i = bounds.findIndex((b) => value < b);
	return i < 0 ? bounds.length : i;
};

/**
 * Indexes (into {@link SIGNAL_NAMES}) of the signals a clause shows; `ruleScore` is the points
 * `scoreClause` gave it (1 to 6), `density` the share of its article's clauses the rules keep
 * (no signal when unknown).
 */
export function measureSignals(
	clause: string,
	ruleScore: number,
	density: number | undefined,
): number[] {
	const plain = outsideQuotes(clause);
	const on: number[] = [];
	for (let i = 0; i < SIGNALS.length; i++) if (SIGNALS[i]![1](clause, plain)) on.push(i);
	on.push(at(`ruleScore${Math.max(1, Math.min(6, ruleScore))}`));
	on.push(at(LENGTH_NAMES[bucket(clause.length, LENGTH)]!));
	const digits = (clause.match(/\d+(?:\.\d+)?/g) ?? []).length;
	on.push(
		at(digits === 0 ? 'digits0' : digits === 1 ? 'digits1' : digits < 4 ? 'digits2-3' : 'digits4+'),
	);
	if (density !== undefined) on.push(at(DENSITY_NAMES[bucket(density, DENSITY)]!));
	return on;
}

const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/**
 * Hashed Han-character bigrams of a clause, one bucket index below `2 ** bits` per occurrence, in
 * reading order. Punctuation, digits and Latin letters break runs, so a bigram never spans them.
 */
export function hashedBigrams(clause: string, bits: number): number[] {
	const out: number[] = [];
	let prev = -1;
	for (let i = 0; i < clause.length; i++) {
		const code = clause.charCodeAt(i);
		if (!isHan(code)) {
			prev = -1;
			continue;
		}
		// Multiplicative (Fibonacci) hashing of the pair; the top `bits` bits pick the bucket.
		if (prev >= 0) out.push(Math.imul(prev * 0x10000 + code, 0x9e3779b1) >>> (32 - bits));
		prev = code;
	}
	return out;
}
