import { treeScore } from '../nlp/boosted-trees.ts';
import type { TitleModel } from '../schema/title-model.ts';
import { hasPostingStamp } from './posting-stamp.ts';
import { isAccountLine, isOutletName, isPublisherName } from './outlets.ts';
import { BRACKETED_BYLINE } from './patterns.ts';
import { isSiteHeader } from './site-header.ts';
import { assignHeadline, type Headline } from './metadata.ts';
import { titleCandidates, titleFeatures, type TitleCandidate } from './title-features.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

/** Called with every line the title model scores, and its features (for training). */
export type TitleTrace = (candidate: TitleCandidate, features: number[]) => void;

const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const strip = (s: string) => s.replace(/^[—-]{1,2}\s*/, '').replace(/——$/, '');

const { maxPaperName: MAX_NAME } = readIngestLines().meta;
/** A paper's name: `某某县报`, `某某日报社`, `某某市日报农村版`. */
const PAPER_NAME =
	/(?:县|市|区|州|省|日|晚|时|新闻|青年|农民)报(?:社)?(?:[\u3400-\u9fff]{0,2}版)?$/;
/** A field keyed over a code or a number: `国内统一连续出版物号：CN11-0000`, `邮发代号：1-23`. */
const CODE_FIELD = /^[\u3400-\u9fff]{2,12}\s*[:：]\s*[A-Za-z\d][A-Za-z\d\s/-]*$/;

/** A field keyed over a name: `发稿单位：某某局`, `信息提供：央视《新闻联播》`. */
const KEYED_NAME = /^[\u3400-\u9fff]{2,6}\s*[:：]\s*(.{2,30})$/u;
/** A self-media platform's account mark: `某某号 · 某某局`, `头条号·某某发布`. */
const ACCOUNT_MARK = /^[\u3400-\u9fff]{1,4}号\s*[·•|｜]\s*(.{2,30})$/u;

/**
 * True for a piece of a page's masthead standing in a headline block: a paper's name, a coded
 * field, a site's header, an account's line, a field or an account mark naming a publisher.
 */
function isMastheadPiece(text: string): boolean {
	const named = KEYED_NAME.exec(text)?.[1] ?? ACCOUNT_MARK.exec(text)?.[1];
	return (
		(text.length <= MAX_NAME && PAPER_NAME.test(text) && isOutletName(text)) ||
		CODE_FIELD.test(text) ||
		isSiteHeader(text) ||
		isAccountLine(text) ||
		(named !== undefined && isPublisherName(named.trim()))
	);
}

/** Index of the block's line the rules' headline took as its title; -1 when none. */
export function ruleTitleIndex(head: readonly SourceLine[], headline: Headline): number {
	if (headline.title === undefined) return -1;
	const title = compact(headline.title);
	return head.findIndex((h) => compact(h.text) === title);
}

/** The headline with line `t` as its title: the lines above are its kicker, those below its subtitle. */
function headlineAt(head: readonly SourceLine[], t: number): Headline {
	const texts = head.map((h) => strip(h.text));
	const out: Headline = { title: texts[t]! };
	if (t > 0) out.kicker = texts.slice(0, t).join(' ');
	if (t + 1 < texts.length) out.subtitle = texts.slice(t + 1).join(' ');
	return out;
}

/**
 * Reads kicker, title and subtitle of a headline block. The rules (`assignHeadline`) read it;
 * with a learned model, every line of an unmarked block of two lines or more is scored as the
 * title, and the best line replaces the rules' choice when the model doubts the rules' line
 * (log-odds at most `keepAbove`) and the best beats it by the model's margin.
 * Blocks whose markup marks the heading levels (`<h1>`, `#`) are left to the rules. Lines stamped
 * with a posting day or hour (`某某发布 2023-05-08 09:21`) are read as no line of the headline.
 */
export function chooseHeadline(
	block: readonly SourceLine[],
	body: readonly SourceLine[],
	model?: TitleModel,
	trace?: TitleTrace,
): Headline {
	// A line stamped with its posting day or hour is the page's meta: it is no line of the headline.
	// A byline in brackets under the headline (`（记者 某某 通讯员 某某）`) credits the story; it heads none.
	const unstamped = block.filter((h) => !hasPostingStamp(h.text) && !BRACKETED_BYLINE.test(h.text));
	// A paper's or site's name alone (`某某县报`), or a field keyed over a code (`出版物号：CN…`), over
	// the headline is the page's masthead: it heads no story while another line is left to.
	// The account's name alone under its account line (`王某 某某县科协` over `某某县科协`) is the same masthead.
	const accounts = new Set(
		block.filter((h) => isAccountLine(h.text)).flatMap((h) => h.text.trim().split(/\s+/)),
	);
	const unmasted = unstamped.filter(
		(h) => !isMastheadPiece(h.text) && !accounts.has(h.text.trim()),
	);
	const head = unmasted.length > 0 ? unmasted : unstamped.length > 0 ? unstamped : block;
	const headline = assignHeadline([...head]);
	if ((model === undefined && trace === undefined) || head.length < 2) return headline;
	if (head.some((h) => h.heading !== undefined)) return headline;
	const rule = ruleTitleIndex(head, headline);
	let best = -1;
	let bestZ = -Infinity;
	let ruleZ = -Infinity;
	const candidates = titleCandidates(head, body, rule);
	const echoed = candidates.map((c) => c.shares[c.k]! > 0);
	for (const candidate of candidates) {
		const features = titleFeatures(candidate);
		trace?.(candidate, features);
		if (model === undefined) continue;
		const z = treeScore(model.boosted, features);
		if (candidate.k === rule) ruleZ = z;
		// A line closing on a dash leads into the title; one opening on a dash is its subtitle.
		if (/——$|^——/.test(head[candidate.k]!.text)) continue;
		// A line the body never echoes (a promotion, a credit left over from the item above) does
		// not replace a title the body echoes.
		if (!echoed[candidate.k] && rule >= 0 && echoed[rule]) continue;
		if (z > bestZ) [best, bestZ] = [candidate.k, z];
	}
	if (model === undefined || best < 0 || best === rule) return headline;
	if (ruleZ > model.keepAbove) return headline;
	return bestZ - ruleZ > model.margin ? headlineAt(head, best) : headline;
}
