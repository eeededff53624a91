import type { MentionRole } from './mention-role.ts';
import type { PlaceIndex } from './place-index.ts';
import type { ClauseCuts } from './place-words.ts';
import type { Segmenter } from './jieba/segmenter.ts';

/** The parts of an article that say where it is about. */
export interface LocalityInput {
	title: string;
	kicker?: string;
	subtitle?: string;
	paragraphs: string[];
	/** Outlet: 人民日报, 鲁网, 德州新闻网. */
	source: string;
	/** Dateline place or whole dateline: 北京, 本报济南1月18日电. */
	dateline?: string;
	reporters?: string[];
}

/** What locality tagging needs. */
export interface LocalityDeps {
	segmenter: Segmenter;
	/** Gazetteer lookups; defaults to the bundled gazetteer and `search-config/place-context.json`. */
	places?: PlaceIndex;
	/** Clause cuts of this article, shared by `tagLocalities` and `regionOfClause` so none is cut twice. */
	cuts?: ClauseCuts;
}

/** One place reference the tagger counted. */
export interface LocalityMention {
	/** GB/T 2260 code it was resolved to. */
	code: string;
	/** The words as written: 峄城区, 峄城, 我区. */
	surface: string;
	/** 0… body paragraphs, -1 title, -2 kicker, -3 subtitle. */
	paragraph: number;
	/** Character offset in that paragraph. */
	offset: number;
	role: MentionRole;
}

/** Where an article is about. */
export interface LocalityResult {
	/** Primary GB/T 2260 code, `000000` for national. */
	region: string;
	/** Every locality the article is about, most specific codes, primary first. */
	regions: string[];
	mentions: LocalityMention[];
}
