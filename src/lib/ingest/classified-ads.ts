import type { ClassifiedAds } from '../schema/page-furniture.ts';
import type { SourceLine } from './types.ts';

// A newspaper sells a corner of a page to 分类广告 (classified notices): a company's notice that it
// closes or cuts its capital and calls its creditors, a lost seal or certificate declared void, an
// auction of seized cars. Each is a notice's kind over a line or two of its fixed formulas, signed by
// the company and dated, often under the corner's label (`分类广告`, `广告·公告`). An e-paper saved
// as text keeps them between its stories; they are the paper's advertising, not a story.

const SEPARATORS = /[\s·•・|｜/／、]+/;
/** A notice's sign-off: its date alone (`2020.2.5`, `2024年10月30日`). */
const DATE_ONLY = /^\d{4}\s*(?:[.．/\-年]\s*\d{1,2}\s*(?:[.．/\-月]\s*\d{1,2}\s*日?)?)$/;

/** True for the corner's label: only words of `labelWords` set off by dots or spaces (`广告·公告`). */
function isLabel(text: string, ads: ClassifiedAds): boolean {
	const parts = text
		.trim()
		.split(SEPARATORS)
		.filter((p) => p !== '');
	return parts.length > 0 && parts.every((p) => ads.labelWords.includes(p));
}

/** The notice's kind and head word, alone or before its text after a colon: `遗失声明`, `减资公告：…`. */
function isNoticeHead(text: string, ads: ClassifiedAds): boolean {
	const head = text.trim().split(/[:：]/)[0]!.trim();
	return (
		head.length <= ads.maxHead &&
		ads.kinds.some((k) => head.startsWith(k)) &&
		ads.headWords.some((w) => head.endsWith(w))
	);
}

/** True for a notice's text: a line of at most `maxLine` characters holding one of its formulas. */
const isNoticeText = (text: string, ads: ClassifiedAds) =>
	text.length <= ads.maxLine && ads.formulas.some((f) => text.includes(f));

/**
 * True for a notice printed without its head, its kind and formula in one sentence of up to
 * `maxHead` × 6 characters (`某某卫生院不慎遗失营业执照副本，声明作废。`): an office's 公告 closes a
 * text of its own (`…予以注销登记。特此公告。`), of more sentences.
 */
const isHeadlessNotice = (text: string, ads: ClassifiedAds) => {
	const t = text.trim();
	return (
		t.length <= ads.maxHead * 6 &&
		!/[。！？].+/.test(t) &&
		ads.kinds.some((k) => t.includes(k)) &&
		isNoticeText(t, ads)
	);
};

/** True for a notice's signature: a date alone, or a name ending in an organisation's word. */
const isSignature = (text: string, ads: ClassifiedAds) => {
	const t = text.trim();
	return (
		DATE_ONLY.test(t) ||
		(t.length <= ads.maxHead * 2 &&
			/^[\u3400-\u9fff（）()]+$/.test(t) &&
			ads.signers.some((s) => t.endsWith(s)))
	);
};

/** True when a notice's signature and nothing else stands under the block's first line, up to the next notice. */
function signedAlone(block: readonly string[], ads: ClassifiedAds): boolean {
	let signed = false;
	for (const b of block.slice(1)) {
		if (isNoticeHead(b, ads) || isHeadlessNotice(b, ads)) break;
		if (!isSignature(b, ads)) return false;
		signed = true;
	}
	return signed;
}

/**
 * Indices of the lines of a page's classified notices: from the corner's label or a notice's head
 * (its kind and 公告, 声明 or 启事: `注销公告`, `遗失声明`; an office's own 公告 names no such kind),
 * the lines right under it with no blank line between that are a notice's head, text holding one of
 * its formulas (`声明作废`, `请债权人…申报债权`, `特此公告`) or signature (the company, the date),
 * when they hold one notice's text at least; likewise from a notice printed without its head
 * (`isHeadlessNotice`) when only its signature follows it. Without `ads`, none.
 */
export function classifiedAdLines(
	lines: readonly SourceLine[],
	ads: ClassifiedAds | undefined,
): Set<number> {
	const out = new Set<number>();
	if (ads === undefined) return out;
	const part = (t: string) => isNoticeHead(t, ads) || isNoticeText(t, ads) || isSignature(t, ads);
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.text;
		const headless = isHeadlessNotice(t, ads);
		if (!isLabel(t, ads) && !isNoticeHead(t, ads) && !headless) continue;
		let end = i + 1;
		while (
			end < lines.length &&
			lines[end]!.line === lines[end - 1]!.line + 1 &&
			part(lines[end]!.text)
		)
			end++;
		const block = lines.slice(i, end).map((l) => l.text);
		if (!block.some((b) => isNoticeText(b, ads))) continue;
		// A notice without its head is told by its signature right under it, and nothing else before
		// the next notice: an office's notice goes on (`特此公告。`) before its date.
		if (headless && !signedAlone(block, ads)) continue;
		for (let j = i; j < end; j++) out.add(j);
		i = end - 1;
	}
	return out;
}
