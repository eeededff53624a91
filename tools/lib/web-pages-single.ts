import { drawAppShare, writeAppShare } from './web-pages-app-share.ts';
import { codeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { writeSingleBody } from './web-pages-single-body.ts';
import { drawSinglePage } from './web-pages-single-draws.ts';
import { writeSingleHead } from './web-pages-single-head.ts';
import { writeSingleMeta } from './web-pages-single-meta.ts';
import { writeSingleTail } from './web-pages-single-tail.ts';
import { chance } from './web-pages-template.ts';
import { writeWechatCopy } from './web-pages-wechat-copy.ts';
import type { SourceArticle, WebLayout } from './web-pages.ts';

/**
 * Writes the page of one article in `layout`, top to bottom: a WeChat or app copy on its own, else
 * the site's top, the lines above the text, the text and what follows it.
 */
export function writeSingle(w: PageWriter, article: SourceArticle, layout: WebLayout): void {
	const r = w.ctx.random;
	const formats = codeFormats(w.ctx.furniture.split);
	const copy = formats.wechatCopy;
	if (layout === 'wechat' && copy !== undefined && chance(copy.rate, r))
		return writeWechatCopy(w, article, copy);
	if (drawAppShare(formats.appShare, layout, r)) return writeAppShare(w, article, formats.appShare);
	const page = drawSinglePage(w, article, layout, formats);
	writeSingleHead(w, page);
	const meta = writeSingleMeta(w, page);
	writeSingleBody(w, page, meta.short);
	writeSingleTail(w, page, meta);
}
