import type { WechatCopyFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { SourceArticle } from './web-pages.ts';
import {
	bodyParagraphs,
	chance,
	drawFromPool,
	fillTemplate,
	formatDate,
	personName,
	pick,
} from './web-pages-template.ts';

/**
 * A WeChat article selected and copied as text: its title, the header WeChat prints under it (原创,
 * author, account, time, 发表于 province) in place of a meta line, the account's follow prompt, the
 * body with blank lines between paragraphs, stacked credits and WeChat's own prompts, and none of a
 * portal's menus or footers. The page's source is the account when the account wrote it; a repost
 * names its source above the body or in the credits.
 */
export function writeWechatCopy(
	w: PageWriter,
	article: SourceArticle,
	formats: WechatCopyFormats,
): void {
	const { ctx } = w;
	const r = ctx.random;
	const source = ctx.fixed['source']!;
	const original = source !== article.source;
	const account = original ? source : drawFromPool('localSource', ctx);
	const time = formatDate(article.date, pick(formats.times, r), r);
	const head = pick(
		formats.heads({
			account,
			author: chance(0.5, r) ? account : personName(ctx),
			time,
			province: pick(formats.provinces, r),
			original,
		}),
		r,
	);
	w.text(article.title);
	// The line with the time carries the page's date: it is the page's meta line.
	for (const line of head.split('\n')) w.code(line.includes(time) ? 'meta' : 'wechat-head', line);
	const repostAbove = !original && chance(0.5, r);
	if (repostAbove) w.code('reprint', fillTemplate(pick(formats.repostLines, r), ctx));
	w.family('wechat', 0.6);
	w.text('');
	const paras = bodyParagraphs(article.text);
	const gap = chance(0.8, r) ? 1 : 0;
	paras.forEach((p, i) => {
		w.text(p);
		if (i === paras.length - 1) return;
		for (let g = 0; g < gap; g++) w.text('');
		w.family('caption', 0.1);
		w.family('media', 0.02);
	});
	w.text('');
	if ((!original && !repostAbove) || chance(0.6, r))
		w.code('editor', fillTemplate(pick(formats.credits, r), ctx));
	else w.family('editor', 0.3);
	w.family('wechat-end', 0.9);
	w.family('wechat-end', 0.5);
	w.family('comment', 0.2);
}
