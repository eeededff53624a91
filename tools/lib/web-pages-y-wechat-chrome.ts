import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * The WeChat reader's own interface copied with a post (预览时标签不可点, 微信扫一扫关注该公众号,
 * 继续滑动看下一个, 轻触阅读原文, 知道了, 视频 小程序 赞 在看 …): lines no account wrote, left after the
 * post's text and its credits when the whole screen is selected. All of them are furniture of the
 * family `wechat-chrome`; none carries the post's day or outlet.
 */
export interface WechatChromeFormats {
	/** How often a WeChat page (not a copy of the bare article) keeps them. */
	rate: number;
	/** Groups of interface lines (templates of the split's placeholders, one string may hold several lines). */
	groups: string[];
	/** The least and most groups copied, in the order drawn. */
	count: readonly [number, number];
}

/** Whether a WeChat page keeps the reader's interface lines; no random draw when the split has none. */
export function drawWechatChrome(
	formats: WechatChromeFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout !== 'wechat') return false;
	return chance(formats.rate, random);
}

/** Writes `count` of the groups, different ones, as furniture of the family `wechat-chrome`. */
export function writeWechatChrome(w: PageWriter, formats: WechatChromeFormats): void {
	const r = w.ctx.random;
	const left = [...formats.groups];
	const n = Math.min(between(formats.count, r), left.length);
	for (let i = 0; i < n; i++) {
		const group = pick(left, r);
		left.splice(left.indexOf(group), 1);
		w.code('wechat-chrome', fillTemplate(group, w.ctx));
	}
}
