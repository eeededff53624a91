import { readIngestLines } from '../schema/ingest-lines.ts';
import { alternation, MEDIA_WORDS } from '../schema/media-words.ts';

const { maxNestedBodyName: MAX_NESTED_BODY_NAME, maxInnerBodyName: MAX_INNER_BODY_NAME } =
	readIngestLines().webMeta;

/**
 * Names of news outlets (national and provincial papers, agencies, broadcasters, news sites),
 * general knowledge used to recognise an outlet at the start of a dateline or byline
 * (`新华社北京1月18日电`, `大众日报记者 X`): `outlets` in `search-config/media-words.json`.
 */
export const KNOWN_OUTLETS: readonly string[] = MEDIA_WORDS.outlets;

/**
 * National TV news programmes, general knowledge used to tell a programme's tag before a video's
 * title (`[新闻联播]`) from a column's (`【某某访谈】`), which is part of the title
 * (`broadcastProgrammes` in `search-config/media-words.json`).
 */
export const BROADCAST_PROGRAMMES: readonly string[] = MEDIA_WORDS.broadcastProgrammes;

/**
 * Central outlets by the Latin code they print on screen and in source lines (`来源：CCTV-1`),
 * keyed in upper case, with the Chinese name the corpus uses (`latinOutlets` in
 * `search-config/media-words.json`).
 */
const LATIN_OUTLETS: Readonly<Record<string, string>> = MEDIA_WORDS.latinOutlets;

/**
 * The Chinese name of an outlet printed by its Latin code, with a channel's number dropped
 * (`CCTV-1` → 央视, `CGTN` → 中国国际电视台); undefined for any other name.
 */
export function outletOfLatinCode(name: string): string | undefined {
	const code = /^([A-Za-z][A-Za-z.]{1,15})(?:[-\s]?\d{1,2}\+?)?[\u3400-\u9fff]{0,2}$/.exec(
		name.trim(),
	);
	return code === null ? undefined : LATIN_OUTLETS[code[1]!.toUpperCase()];
}

/**
 * Suffixes that make a word an outlet name: 日报, 晚报, 网, 社, 电视台 …, a paper named for its
 * frequency (晨刊, 周刊) or as a county's bulletin or news sheet (某某县通讯, 某某时讯), and a paper's edition after
 * its name, a word of two characters glued to it (`某某日报农村版`, `人民日报海外版`, `某某晚报周末版`,
 * `某某日报县域版`), or for one county, city or district by its name (`某某日报某某县版`): a paper prints
 * editions for its readers' places and days, named as it likes; and a paper's or a centre's reporters'
 * station in a county (`某某日报某某县记者站`), which files the paper's stories from there.
 */
export const OUTLET_SUFFIX =
	/(?:日报|晚报|早报|都市报|时报|商报|青年报|报|晨刊|晚刊|周刊|旬刊|月刊|画刊|通讯|时讯|网|新闻网|通讯社|社|电视台|广播电视台|台|融媒体中心|记者站|客户端|新闻|报(?!第)(?:[\u3400-\u9fff]{2}|[\u3400-\u9fff]{1,6}[县市区旗])版)$/;

/** The longest known outlet at the start of `text`, or the shortest prefix ending in an outlet suffix. */
export function outletAtStart(text: string): string | undefined {
	const known = KNOWN_OUTLETS.filter((o) => text.startsWith(o)).sort(
		(a, b) => b.length - a.length,
	)[0];
	if (known !== undefined) return known;
	const m =
		/^[\u3400-\u9fff]{1,10}?(?:日报|晚报|早报|时报|商报|新闻网|网|通讯社|广播电视台|电视台|融媒体中心)/.exec(
			text,
		);
	return m?.[0];
}

/** True when `name` reads as an outlet (known, or ending in an outlet suffix). */
export function isOutletName(name: string): boolean {
	return KNOWN_OUTLETS.includes(name) || (name.length >= 2 && OUTLET_SUFFIX.test(name));
}

/**
 * Suffixes of a body that publishes on a local site: a government, its offices, bureaus and
 * commissions, its policy research office, courts and procuratorates, mass organisations (工会, 妇联),
 * a media centre or media group (`某某日报社全媒体`), an official account (`某某发布`), and the other
 * mass organisations and public institutions of `bodyEndings` in `search-config/media-words.json`.
 * An office's 办 (`某某县委办`) closes a noun; 举办, 主办, 承办 and the other verbs ending in 办 close
 * a headline (`…峰会在京举办`); 公开办 is the office that answers for disclosure (政务公开办公室), not
 * 开办.
 */
const ORGAN_SUFFIX = new RegExp(
	`(?:人民政府|政府|政府办|政府办公室|办公室|(?<![举主承创兴筹协督]|(?<!公)开)办|局|委员会|委|厅|部|中心|融媒|融媒体|全媒体|发布|新闻中心|广播电视台|电视台|宣传部|管委会|街道|镇|乡|报社|新闻网|研究室|传媒集团|融媒体集团|法院|检察院|工会|妇联|${alternation(MEDIA_WORDS.bodyEndings)})$`,
);

/** A broadcaster's programme cited as a source: `央视《新闻联播》`, `某某电视台《某某新闻》`. */
const PROGRAMME =
	/^(?:央视|中央电视台|[\u3400-\u9fff]{1,10}(?:电视台|广播电台|卫视))《[^》]{2,12}》$/;

/**
 * True for an outlet the genre knows by name (`outlets` of `media-words.json`: the central and
 * provincial papers, agencies and sites) or a broadcaster's programme (`央视《新闻联播》`), as against
 * an outlet read by its ending alone (`某某县新闻网`, `某某市晚报`).
 */
export function isKnownOutlet(name: string): boolean {
	return KNOWN_OUTLETS.includes(name) || PROGRAMME.test(name);
}

/** True for a news outlet or a broadcaster's programme (`某某日报`, `央视《新闻联播》`), not a body. */
export function isNewsOutlet(name: string): boolean {
	return isOutletName(name) || PROGRAMME.test(name);
}

/**
 * A body under two names, its second in brackets (`某某县融媒体中心（某某县广播电视台）`, or only its
 * portfolio: `某某县自然资源局（林业）`): one office often carries two nameplates (一个机构两块牌子), and
 * signs with both.
 */
const TWO_PLATES = /^([\u3400-\u9fff·]{2,20})[（(]([\u3400-\u9fff·]{2,20})[)）]$/;

/**
 * The name a source field starts with when it is a body's two nameplates (`某某县融媒体中心（某某县
 * 广播电视台） 2024-05-01`), or undefined.
 */
export function twoPlateNameAtStart(text: string): string | undefined {
	const m = /^[\u3400-\u9fff·]{2,20}[（(][\u3400-\u9fff·]{2,20}[)）]/.exec(text);
	return m !== null && isPublisherName(m[0]) ? m[0] : undefined;
}

/**
 * A second nameplate's portfolio in brackets after a body's name, the body word left out or not
 * (`portfolioWords`: `（林业）`, `（扶贫办）`).
 */
const PORTFOLIO = new RegExp(
	`^(?:${alternation(MEDIA_WORDS.portfolioWords)})(?:局|办|委|委员会|办公室|中心)?$`,
);

/**
 * True when a line standing alone names a publisher: an outlet, a government body or a programme
 * (`某某县融媒体中心`, `某某县农业农村局`, `央视《新闻联播》`), not a headline or a sentence.
 */
export function isPublisherName(text: string): boolean {
	if (PROGRAMME.test(text)) return true;
	const plates = TWO_PLATES.exec(text);
	if (plates !== null)
		return (
			isPublisherName(plates[1]!) &&
			(isPublisherName(plates[2]!) ||
				((PORTFOLIO.test(plates[2]!) || isSectionName(plates[2]!)) &&
					ORGAN_SUFFIX.test(plates[1]!) &&
					!isOutletName(plates[1]!)))
		);
	if (!/^[\u3400-\u9fff·]{2,20}$/.test(text)) return false;
	return (
		isOutletName(text) || ORGAN_SUFFIX.test(text) || KNOWN_OUTLETS.some((o) => text.includes(o))
	);
}

/** Longest name of one body that `isPublisherName` reads. */
const MAX_BODY_NAME = 20;

/**
 * True for a body inside another body, each part a body's name (`某某州住房公积金管理中心某某县管理部`,
 * `中共某某县委网络安全和信息化委员会办公室`), too long for one body's name, or a section inside a
 * body of any length (`某某县委宣传部新闻科`); read only where a field's place says it names a
 * publisher, since a headline may close with a body's name too.
 */
export function isNestedBodyName(text: string): boolean {
	if (text.length > MAX_NESTED_BODY_NAME || !/^[\u3400-\u9fff]+$/.test(text)) return false;
	// One body's name is as long as a headline's: a short one holds another only as a section's.
	const short = text.length <= MAX_BODY_NAME;
	for (let inner = 3; inner <= MAX_INNER_BODY_NAME; inner++) {
		const [outer, name] = [text.slice(0, -inner), text.slice(-inner)];
		const innerName = SECTION_ENDING.test(name) || (!short && isOfficeName(name));
		if (outer.length <= MAX_BODY_NAME && isOfficeName(outer) && innerName) return true;
	}
	return false;
}

/** The last word of a section's name inside a body (`sectionEndings`: 某某部新闻科). */
const SECTION_ENDING = new RegExp(`(?:${alternation(MEDIA_WORDS.sectionEndings)})$`);

/** Longest section's name signing in brackets after its office: `（综合科）`, `（新闻股）`. */
const MAX_SECTION_NAME = 6;

/** A section inside an office, signing in brackets after the office's name (`某某县政府办公室（综合科）`). */
function isSectionName(text: string): boolean {
	return text.length <= MAX_SECTION_NAME && SECTION_ENDING.test(text);
}

/** A place's word alone, which closes a township's name but no office's inside another body. */
const PLACE_WORD = /(?:乡|镇|街道)$/;

/** True for a name that ends in an office's word (`…局`, `…管理中心`, `…委员会办公室`), not a place's. */
function isOfficeName(text: string): boolean {
	return ORGAN_SUFFIX.test(text) && !PLACE_WORD.test(text);
}

/** True when a field's value names a publisher: one body or outlet, or a body inside another. */
export function isPublisherValue(text: string): boolean {
	return isPublisherName(text) || isNestedBodyName(text);
}

/** WeChat's 原创 mark before an account's line, set off by a space or a colon (`原创 某某发布`, `原创：某某发布`). */
export const ORIGINAL_MARK = /^原创(?:\s+|\s*[:：]\s*)(?=\S)/;

/**
 * True for an account's line under a copied post's title: the publisher's name after its writer's
 * name, or printed twice (`王某 某某县科协`, `某某县农业农村局 某某县农业农村局`), or after WeChat's 原创
 * mark (`原创 某某县科协`). A name alone may be
 * a headline's (`某某产业联盟`), which only its place tells apart.
 */
export function isAccountLine(text: string): boolean {
	const unmarked = text.replace(ORIGINAL_MARK, '').trim();
	const pieces = unmarked.split(/\s+/);
	// WeChat's 原创 mark before a publisher's name alone marks the account's line.
	if (unmarked !== text.trim() && pieces.length === 1) return isPublisherName(unmarked);
	return (
		pieces.length >= 2 &&
		pieces.length <= 3 &&
		pieces.some(isPublisherName) &&
		pieces.every((p) => isPublisherName(p) || /^[\u3400-\u9fff·]{2,3}$/.test(p))
	);
}

/** A body's name after its place: `某某市融媒`, `某某县政府办`, `某某旗农牧局`, `某某省电视台`. */
const PLACED_BODY = new RegExp(
	`^[\\u3400-\\u9fff]{1,8}?(?:省|市|县|区|旗|州|盟)[\\u3400-\\u9fff]{0,10}?${ORGAN_SUFFIX.source}`,
);

/**
 * True for a publisher's name no headline is: a known outlet, a programme, or a body named after
 * its place (`某某市融媒`, `某某县政府办`); a headline may end like a body (`…在某地举办`) but is
 * not named so.
 */
export function isNamedPublisher(text: string): boolean {
	return KNOWN_OUTLETS.includes(text) || PROGRAMME.test(text) || PLACED_BODY.test(text);
}

/**
 * True for a reading or self-media platform that carries other outlets' texts (`reprintPlatforms`
 * in `search-config/media-words.json`: 学习强国, 今日头条, 百家号 …), the platform's channel too
 * (`学习强国 · 推荐`).
 */
export function isReprintPlatform(name: string): boolean {
	return MEDIA_WORDS.reprintPlatforms.some((p) => name === p || name.startsWith(p));
}

/** An account named in quotes after its platform: `微信公众号“某某发布”`, `抖音“某某融媒”`. */
const ACCOUNT_ON_PLATFORM = new RegExp(
	`(?:${alternation([...MEDIA_WORDS.reprintPlatforms].sort((a, b) => b.length - a.length))})\\s*[“"「『]([^”"」』]{2,20})[”"」』]`,
);

/** The name of an account a text names after its platform (`来源：微信公众号“某某发布”`), or undefined. */
export function accountOnPlatform(text: string): string | undefined {
	return ACCOUNT_ON_PLATFORM.exec(text)?.[1];
}
