import type { Measure } from '../schema/release.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import {
	ANECDOTE,
	BACKGROUND,
	CONCRETE,
	EVALUATION,
	BOILERPLATE,
	DOCUMENT_LEAD,
	EVENT_HELD,
	EVENT_REPORT,
	EXHORTATION,
	HARD_CONCRETE,
	FIRST_PERSON,
	GRANT_ACTION,
	LEAD_IN,
	META,
	OUTCOME,
	REPORTED_SPEECH,
	SECTION_OPENER,
	POLICY_ACTION,
	SPEECH,
	STRONG_ACTION,
	TIME_LIMIT,
	WEAK_ACTION,
	looksLikeHeading,
} from './measure-rules.ts';
import { anyPattern } from '../regex-union.ts';
import { hasForeignSubject } from './foreign-subject.ts';
import { measureProbability } from './measure-model.ts';
import { MEASURE_POINTS as POINTS } from './measure-points.ts';
import { parseQuantities } from './parse-quantities.ts';
import { splitClauses } from './split-clauses.ts';
import { tagThemes } from './tag-themes.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';

/** What `extractMeasures` needs from the rest of the pipeline. */
export interface ExtractMeasuresDeps {
	/** Theme rules (from `search-config/themes.yaml`). */
	config: ThemeConfig;
	/** Region code of a clause: the one it names, else the article's primary region. */
	regionOf: (text: string) => string;
	/**
	 * Themes of the whole article, when known. A clause too short to reach a theme's threshold on
	 * its own still gets those article themes it shows some evidence for.
	 */
	articleThemes?: readonly ThemeId[];
}

// Each asked of a clause as one alternation: the same answer as testing the rules one by one.
const isHardConcrete = anyPattern(HARD_CONCRETE);
/** Speech, meta text, evaluations, event reports, background, boilerplate, a section's opener. */
const isRejected = anyPattern([
	SPEECH,
	REPORTED_SPEECH,
	META,
	EVALUATION,
	EVENT_REPORT,
	BACKGROUND,
	BOILERPLATE,
	EVENT_HELD,
	SECTION_OPENER,
]);

/** An amount: a number with a unit of money, time or count (1000元, 6个月, 3项). */
const AMOUNT =
	/[\d一二三四五六七八九十百千万两半]+(?:\.\d+)?(?:万|亿)?(?:元|个月|年|天|项|个百分点|%|％)/;

/** A target group named before the grant: 对捐赠用于疫情防控的进口物资免征…. */
const TARGET_GROUP =
	/对[^，,。；;]{2,30}的[^，,。；;]{0,12}?(?:给予|减免|免征|减征|缓缴|奖补|补助|补贴)/;

// Quoted formulas and document titles name things; a verb inside them (《关于开展…》) is not the
// clause's own action, so verbs are looked for in the text with them blanked out.
function outsideQuotes(clause: string): string {
	return clause.replace(/《[^》]*》|“[^”]*”|「[^」]*」|"[^"]*"/g, '□');
}

/**
 * Scores a clause as a measure, in the points of `search-config/measure-points.json`: an action
 * verb (strong or other) is required, concreteness (numbers, frequency, named documents or formulas,
 * institutions) adds a point a kind up to a cap, theme evidence adds a point or more. A time-limited
 * service commitment (3个工作日内办结) or a grant or waiver with an amount (缓缴社保费6个月) counts as
 * a strong action. Speech, meta text (press events, diplomacy, broadcasts), event reports
 * (近700人参加了会议), background, evaluations and, without a strong verb, outcome statistics are
 * rejected; anecdotes lose points.
 */
export function scoreClause(
	clause: string,
	config: ThemeConfig,
): { score: number; themes: ReturnType<typeof tagThemes> } | undefined {
	if (clause.length < POINTS.minLength || clause.length > POINTS.maxLength) return undefined;
	const plain = outsideQuotes(clause);
	const policy = POLICY_ACTION.test(plain);
	// A time-limited commitment or a grant with its amount or target group is a measure by itself.
	const commitment =
		TIME_LIMIT.test(plain) ||
		(GRANT_ACTION.test(plain) && (AMOUNT.test(plain) || TARGET_GROUP.test(plain)));
	const strong = commitment || STRONG_ACTION.test(plain);
	// No action, no measure. Tested before the rejections below, which cannot make a clause
	// without one a measure either: about three clauses in four of news text have none.
	if (!strong && !policy && !WEAK_ACTION.test(plain)) return undefined;
	const hard = isHardConcrete(clause);
	// Steering alone (推进…, 完善…机制) is a measure only with a number, a deadline, a target group, a rule or a document.
	if (!strong && !policy && !hard) return undefined;
	if (isRejected(clause) || hasForeignSubject(clause)) return undefined;
	// A speaker in the first person (我们将…, 让我…) outside any quotation.
	if (FIRST_PERSON.test(plain)) return undefined;
	if (OUTCOME.test(plain) && !strong) return undefined;
	// 要 states what should be done: a measure only with its own action or a hard rule (每年要…).
	if (EXHORTATION.test(plain) && !strong && !hard) return undefined;
	let score = strong ? POINTS.strongAction : POINTS.otherAction;
	score += Math.min(POINTS.maxConcrete, CONCRETE.filter((rule) => rule.test(clause)).length);
	const themes = tagThemes({ title: '', body: clause }, config);
	// Theme evidence: one point for a theme, another when the clause is dense with its vocabulary.
	const top = Math.max(0, ...Object.values(themes.scores));
	if (themes.themes.length > 0)
		score += top >= POINTS.denseThemeScore ? POINTS.denseTheme : POINTS.theme;
	if (commitment) score = Math.max(score, POINTS.minScore);
	if (ANECDOTE.test(plain)) score -= POINTS.anecdote;
	return { score, themes };
}

/** A clause as printed less its dateline, the text that is scored, and what the rules gave it. */
interface RuledClause {
	text: string;
	body: string;
	scored: ReturnType<typeof scoreClause>;
}

function ruleClause(split: string, config: ThemeConfig): RuledClause {
	// 本报北京1月18日电（记者…）山东出台…: the dateline is no part of the measure.
	const text = split.replace(LEAD_IN, '');
	const body = text.replace(DOCUMENT_LEAD, '');
	return { text, body, scored: scoreClause(body, config) };
}

/**
 * Share of an article's clauses that the rules alone keep: how much of the article is about
 * measures (a local press release on its measures against a report of a meeting or a speech).
 */
export function ruleDensity(clauses: readonly string[], config: ThemeConfig): number {
	return densityOf(clauses.map((c) => ruleClause(c, config)));
}

function densityOf(ruled: readonly RuledClause[]): number {
	const kept = ruled.filter((c) => (c.scored?.score ?? 0) >= POINTS.minScore);
	return kept.length / Math.max(1, ruled.length);
}

/**
 * Clauses the rules decide even with a measure model: an exhortation (要…) the rules admit has an
 * action or hard rule of its own, and decisions.md counts it a measure, where the judges of the
 * training clauses mostly did not (1 of 11 with an action of its own, against 6 of 7 in the
 * first judged set). The model is not trained on them either.
 */
export function ruledByDefinition(body: string): boolean {
	return EXHORTATION.test(outsideQuotes(body));
}

function decide(
	{ text, body, scored }: RuledClause,
	config: ThemeConfig,
	density: number | undefined,
): { text: string; score: number; themes: ReturnType<typeof tagThemes> } | undefined {
	if (!scored) return undefined;
	const model = config.measureModel;
	if (!model || ruledByDefinition(body))
		return scored.score >= POINTS.minScore ? { text, ...scored } : undefined;
	const p = measureProbability(model, body, scored.score, density);
	return p >= model.threshold ? { text, score: p, themes: scored.themes } : undefined;
}

/**
 * One clause judged as a measure: the clause less a leading dateline, with its score and themes,
 * or undefined when it is no measure. A clause the rules reject (`scoreClause` undefined: no action,
 * speech, an event report, background …) is no measure. Of the others, with a measure model
 * (`config.measureModel`) the model decides over the rule signals, the clause's bigrams and the
 * article's `density` of rule measures (`ruleDensity`; unknown for a clause alone), and the score is
 * its probability; without one, the clause needs `minScore` points (`measure-points.json`).
 */
export function judgeClause(
	split: string,
	config: ThemeConfig,
	density?: number,
): { text: string; score: number; themes: ReturnType<typeof tagThemes> } | undefined {
	return decide(ruleClause(split, config), config, density);
}

/**
 * The concrete measures of an article body, one per sentence or enumerated clause, in reading order.
 * Headings (short lines without sentence punctuation) are skipped; a clause is kept when
 * `judgeClause` keeps it, with the article's density of rule measures. Text is the clause as
 * printed, less a leading dateline.
 */
export function extractMeasures(paragraphs: string[], deps: ExtractMeasuresDeps): Measure[] {
	const measures: Measure[] = [];
	const seen = new Set<string>();
	// A loop, not `flatMap`: V8's flatMap costs more than the clauses it collects.
	const ruled: RuledClause[] = [];
	for (const p of paragraphs)
		if (!looksLikeHeading(p))
			for (const split of splitClauses(p)) ruled.push(ruleClause(split, deps.config));
	const density = densityOf(ruled);
	for (const clauseRuled of ruled) {
		const scored = decide(clauseRuled, deps.config, density);
		if (!scored || seen.has(scored.text)) continue;
		const clause = scored.text;
		seen.add(clause);
		const own = scored.themes;
		const themes =
			own.themes.length > 0
				? own.themes
				: (deps.articleThemes ?? []).filter((id) => (own.scores[id] ?? 0) > 0);
		measures.push({
			text: clause,
			themes,
			subThemes: own.subThemes,
			quantities: parseQuantities(clause),
			region: deps.regionOf(clause),
		});
	}
	return measures;
}
