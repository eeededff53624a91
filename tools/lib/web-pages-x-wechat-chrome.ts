import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { between, chance, type Random } from './web-pages-template.ts';

/**
 * The WeChat reader's own controls, copied with the article when a whole screen is selected:
 * the 预览时标签不可点 note, 微信扫一扫 / 关注该公众号, 继续滑动看下一个, the 赞 and 在看 buttons'
 * hints. They stand after the account's own closing lines and are furniture, never text.
 */
export interface WechatChromeFormats {
	/** How often a WeChat page keeps them. */
	rate: number;
	/** Lines (one string may hold several), drawn without repeats; no placeholder. */
	lines: string[];
	/** The least and most strings drawn. */
	count: readonly [number, number];
}

/** Whether a WeChat page keeps the reader's controls; no random draw when the split has none or the page is no WeChat page. */
export function drawWechatChrome(
	formats: WechatChromeFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout !== 'wechat') return false;
	return chance(formats.rate, random);
}

/** Writes the controls as furniture of the family `wechat-chrome`. */
export function writeWechatChrome(w: PageWriter, formats: WechatChromeFormats): void {
	const r = w.ctx.random;
	const left = [...formats.lines];
	const n = Math.min(between(formats.count, r), left.length);
	const out: string[] = [];
	for (let i = 0; i < n; i++) out.push(left.splice(Math.floor(r() * left.length), 1)[0]!);
	w.code('wechat-chrome', out.join('\n'));
}
