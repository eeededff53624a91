import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A page whose 扫码关注 / 政务新媒体矩阵 prompt runs into its last paragraph (the copy lost the break
 * before the prompt's box): the paragraph is truth, the prompt's text after it is furniture.
 */
export interface FollowRunInFormats {
	/** How often a portal, reprint or WeChat page ends so. */
	rate: number;
	/** What joins the paragraph and the prompt (nothing, a space …). */
	glues: string[];
	/** The prompts (templates); the first line runs into the paragraph, any others follow it. */
	prompts: string[];
}

/**
 * Whether a page's last paragraph has the prompt run in; no draw when `formats` is absent, the page is
 * an e-paper or `free` is false (something else follows the last paragraph).
 */
export function drawFollowRunIn(
	formats: FollowRunInFormats | undefined,
	layout: WebLayout,
	free: boolean,
	random: Random,
): formats is FollowRunInFormats {
	if (formats === undefined || layout === 'epaper' || !free) return false;
	return chance(formats.rate, random);
}

/**
 * Appends the prompt's first line to the last line written (the body's last paragraph) and writes the
 * others after it, all of the family `follow-run-in`.
 */
export function writeFollowRunIn(w: PageWriter, formats: FollowRunInFormats): void {
	const r = w.ctx.random;
	const [first = '', ...rest] = fillTemplate(pick(formats.prompts, r), w.ctx).split('\n');
	const last = w.lines.length - 1;
	w.lines[last] = `${w.lines[last]}${pick(formats.glues, r)}${first}`;
	w.furniture.push({ family: 'follow-run-in', line: first.trim(), tolerated: false });
	if (rest.length > 0) w.code('follow-run-in', rest.join('\n'));
}
