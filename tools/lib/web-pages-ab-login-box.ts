import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A digital paper's 会员登录 box beside its page image: user name, password and check-code fields,
 * with 注册 and 忘记密码 links (no date), saved before the page's stories.
 */
export interface LoginBoxFormats {
	/** How often an e-paper page keeps it. */
	rate: number;
	/** Box texts (one string may hold several lines), templates of the split's placeholders. */
	boxes: string[];
}

/** Whether an e-paper page keeps the box; no draw when `formats` is absent. */
export function drawLoginBox(formats: LoginBoxFormats | undefined, random: Random): boolean {
	return formats !== undefined && chance(formats.rate, random);
}

/** Writes the box (family `login-box`). */
export function writeLoginBox(w: PageWriter, formats: LoginBoxFormats): void {
	w.code('login-box', fillTemplate(pick(formats.boxes, w.ctx.random), w.ctx));
}
