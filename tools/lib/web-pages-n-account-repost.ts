import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A 公众号 article re-posted on a portal or a news site with the account's own prompts kept: the
 * 点击蓝字关注 line above the text and the follow card (二维码, 长按识别) after it. The page's meta
 * line still names the outlet; the account is furniture.
 */
export interface AccountRepostFormats {
	/** How often a portal or reprint page is such a repost. */
	rate: number;
	/** The account's names (templates). */
	accounts: string[];
	/** Lines above the body (templates; `{account}` names the account); one is drawn. */
	heads: string[];
	/** Lines after the body (templates; `{account}` names the account); one is drawn. */
	tails: string[];
}

/** The account a re-posted page keeps the prompts of, or null; no draw when `formats` is absent. */
export function drawAccountRepost(
	formats: AccountRepostFormats | undefined,
	layout: WebLayout,
	random: Random,
): string | null {
	if (formats === undefined || (layout !== 'portal' && layout !== 'reprint')) return null;
	return chance(formats.rate, random) ? pick(formats.accounts, random) : null;
}

/** Writes the prompt above the body or the follow card after it (family `account-prompt`). */
export function writeAccountPrompt(
	w: PageWriter,
	formats: AccountRepostFormats,
	account: string,
	where: 'head' | 'tail',
): void {
	const template = pick(where === 'head' ? formats.heads : formats.tails, w.ctx.random);
	const named = fillTemplate(account, w.ctx);
	w.code('account-prompt', fillTemplate(template.replaceAll('{account}', named), w.ctx));
}
