import { z } from 'astro/zod';
import mediaWords from '../../../search-config/media-words.json' with { type: 'json' };
import { parseWithFriendlyErrors } from './friendly-errors.ts';

const Words = z.array(z.string().min(1)).min(1);

/** `search-config/media-words.json`: words of the news genre that ingest reads pages by. */
export const MediaWordsSchema = z.object({
	$comment: z.string().optional(),
	/** News outlets (papers, agencies, broadcasters, news sites) that open a dateline or byline. */
	outlets: Words,
	/**
	 * Endings of the names of bodies that publish on a local site beside its government's offices:
	 * mass organisations (红十字会, 妇女联合会, 科协), public institutions (档案馆, 党校, 研究所, 医院,
	 * 中学), the units of the uniformed services (消防救援大队, 派出所) and the state firms whose accounts
	 * post a county's news (国网某某县供电公司, 某某银行某某支行); never a venue (博物馆, 图书馆),
	 * which headlines name as where news happens.
	 */
	bodyEndings: Words,
	/**
	 * Words that close the name of a section inside a body (科, 股, 处: 某某部新闻科, 某某局综合股), read
	 * only after a body's name, since alone they close other nouns (学科, 好处).
	 */
	sectionEndings: Words,
	/**
	 * Portfolios a body's second nameplate (一个机构两块牌子) names in brackets after the body's own
	 * name, its body word left out (水利, 林业, 扶贫: 某某县农业农村局（扶贫）, 某某县自然资源局（林业）).
	 */
	portfolioWords: Words,
	/**
	 * Reading and self-media platforms that carry other outlets' texts (学习强国, 今日头条, 百家号): a
	 * source field naming one names where the text was read, not who wrote it.
	 */
	reprintPlatforms: Words,
	/** National TV news programmes, whose tag before a video's title (`[新闻联播]`) is no column's. */
	broadcastProgrammes: Words,
	/** Central outlets by the Latin code they print (`CCTV`), upper case, with their Chinese name. */
	latinOutlets: z.record(z.string().regex(/^[A-Z][A-Z.]{1,15}$/), z.string().min(1)),
	/** Words naming a page's medium in a tag before a title (`[视频]`, `组图：`). */
	mediaWords: Words,
	/** A picture agency's or an archive's credit printed alone under a caption (`人民视觉`). */
	pictureCredits: Words,
	/** Labels a player prints before a video's headline, with a colon (`正在播放：`, `视频标题：`). */
	titleLabels: Words,
	/** Channel codes a broadcast page's header prints like a paper's name (`CCTV-1`). */
	channelCodes: z.array(z.string().regex(/^[A-Z]{2,8}$/)).min(1),
	/** Endings of a programme's name in a broadcast page's header (`新闻联播`, `焦点访谈`). */
	programmeEndings: Words,
	/** Field labels of a broadcast page's header (`节目：`, `播出时间：`), naming its pieces. */
	headerFieldLabels: Words,
	/** Keys of an e-paper page header's page number (`版次：03`, `版号：A07`). */
	pageNumberLabels: Words,
	/** Keys of an e-paper page header's page name (`版名：要闻`), whatever the name's ending. */
	pageNameLabels: Words,
});
export type MediaWords = z.output<typeof MediaWordsSchema>;

/**
 * Validates the media words (the bundled file unless `data` is given).
 * @throws {SchemaValidationError} naming the file and each invalid field.
 */
export function parseMediaWords(data: unknown = mediaWords): MediaWords {
	return parseWithFriendlyErrors(MediaWordsSchema, data, 'search-config/media-words.json');
}

/** The bundled `search-config/media-words.json`, validated when first imported. */
export const MEDIA_WORDS: MediaWords = parseMediaWords();

/** `words` as one regular-expression alternation, each word taken literally. */
export function alternation(words: readonly string[]): string {
	return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
