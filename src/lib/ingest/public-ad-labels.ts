import type { PublicAds } from '../schema/page-furniture.ts';

// The shapes of a 公益广告 banner's lines other than its slogan's evenness: its phrases, a label on a
// colon before them (`反诈提醒：…`) and the ornaments it is set between (`☆ …　… ☆`).

/** What sets a slogan's parts off: spaces or middle dots. */
export const SLOGAN_PARTS = /[\s\u3000·•・]+/;
export const HAN_ONLY = /^[\u3400-\u9fff]+$/;

/** True for a line of Han phrases set off by spaces or middle dots, as a banner's lines are. */
export const isPhrases = (text: string) =>
	text
		.trim()
		.split(SLOGAN_PARTS)
		.every((p) => HAN_ONLY.test(p));

/** True for two or more Han phrases set off by spaces or middle dots: a slogan's parts. */
export const isSeveralPhrases = (text: string) =>
	isPhrases(text) && text.trim().split(SLOGAN_PARTS).length >= 2;

/**
 * The slogan after a label on a colon (`公益广告：光盘行动　从我做起`), the label one of `labels` or
 * a cause and what the banner does (`labelEndings`: 反诈提醒, 禁毒宣传); undefined when the line
 * goes on in a sentence (`安全提示：请市民雨天减少外出`), as a notice's tip does.
 */
export function afterColonLabel(t: string, ads: PublicAds): string | undefined {
	const m = /^([\u3400-\u9fff]{2,8})\s*[：:]\s*/.exec(t);
	if (m === null) return undefined;
	const label = m[1]!;
	const known =
		ads.labels.includes(label) ||
		ads.causes.some((c) => ads.labelEndings.some((e) => label === c + e));
	const rest = t.slice(m[0].length);
	return known && isSeveralPhrases(rest) ? rest : undefined;
}

/**
 * True for a slogan set between like ornaments (`☆ 保护绿水青山　人人有责 ☆`): a banner's parts,
 * however long each, framed as no heading or sentence is.
 */
export function isOrnamented(t: string, ads: PublicAds): boolean {
	const chars = [...t.trim()];
	const open = chars[0];
	if (open === undefined || !ads.ornaments.includes(open) || chars.at(-1) !== open) return false;
	const inner = chars.slice(1, -1).join('').trim();
	const parts = inner.split(SLOGAN_PARTS);
	return (
		isSeveralPhrases(inner) &&
		parts.length <= ads.maxParts &&
		parts.every((p) => p.length <= ads.maxPlacePartHan)
	);
}
