import { isNewsOutlet, isOutletName, isPublisherName } from './outlets.ts';

/**
 * A publisher named by one of its own channels in a source field: an outlet's app
 * (`来源：某某日报客户端`, `某某新闻APP`), which carries the outlet's own text, and a body's or a
 * programme's website (`来源：国家统计局网站`, `某某县市场监管局网`), which carries the body's. The
 * channel is where the page read the text; the publisher is who wrote it. A name that ends in 网 as
 * a news site's (`某某新闻网`) or a government's portal (`中国政府网`) is the site's own name.
 */
const APP = /(?:客户端|APP|App|app)$/;
const WEBSITE = /(?:网站|网)$/;

/** `name` without its own channel's word, where what is left names a publisher; else `name`. */
export function publisherOfChannel(name: string): string {
	const app = name.replace(APP, '').trim();
	if (app !== name && isNewsOutlet(app)) return app;
	const site = name.replace(WEBSITE, '');
	if (site === name || site.length < 2) return name;
	// A government's portal (`某某县人民政府网`) is named as a site, not as its government.
	if (/政府$/.test(site)) return name;
	const programme = isNewsOutlet(site) && !isOutletName(site);
	return programme || (isPublisherName(site) && !isOutletName(site)) ? site : name;
}
