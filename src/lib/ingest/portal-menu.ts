import { readIngestLines } from '../schema/ingest-lines.ts';

// A government portal's menu of its channels, and a channel's name before a link cut short, told
// by the channels every portal prints (`portalChannels` in page-furniture.json).

const { maxPortalMenu: MAX_PORTAL_MENU, maxOwnChannel: MAX_OWN_CHANNEL } =
	readIngestLines().furniture;

/** What sets a portal menu's channels apart (one of it, and a run of it). */
const MENU_SEPARATOR = /[\s·•|｜丨│]/;
const MENU_SEPARATORS = /[\s·•|｜丨│]+/;

/**
 * True for a government portal's menu of its top-level channels alone (`政务公开　政务服务　政民互动`,
 * `信息公开 · 互动交流`): two or more of them between spaces, dots or bars, and nothing else. A
 * headline naming a channel says something of it (`推进政务公开`); a line of channels only says nothing.
 */
export function isPortalMenu(text: string, channels: readonly string[]): boolean {
	// Without a separator there is one piece: looking for one is far cheaper than splitting.
	if (channels.length === 0 || text.length > MAX_PORTAL_MENU || !MENU_SEPARATOR.test(text))
		return false;
	const pieces = text.split(MENU_SEPARATORS).filter((p) => p !== '');
	const others = pieces.filter((p) => !channels.includes(p));
	// A site adds a channel of its own (`某某县概况`) to the common ones: among four or more
	// channels, one other Han name of at most `MAX_OWN_CHANNEL` characters.
	return (
		pieces.length >= 2 &&
		(others.length === 0 ||
			(pieces.length >= 4 &&
				others.length === 1 &&
				others[0]!.length <= MAX_OWN_CHANNEL &&
				/^[\u3400-\u9fff]+$/.test(others[0]!)))
	);
}

/** A channel's name, a separator and a link's text cut short: `通知公告 / 关于某某……`. */
const CHANNEL_LINK = /^([\u3400-\u9fff]{2,8})\s*[/／|｜>›»]\s*\S.*?(?:…+|\.{3,})$/u;

/**
 * True for a ticker's or a crumb's step: one of the portal's channels and a link's title cut short
 * after it; a headline under a column's name (`政策解读｜…`) is printed whole.
 */
export function isChannelLink(text: string, channels: readonly string[]): boolean {
	if (text.length > MAX_PORTAL_MENU) return false;
	const channel = CHANNEL_LINK.exec(text)?.[1];
	return channel !== undefined && channels.includes(channel);
}
