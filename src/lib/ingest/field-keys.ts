import { readIngestLines } from '../schema/ingest-lines.ts';

/**
 * What the key of a web page's labelled field (`来源单位：`, `信息索引号：`, `生成日期：`) says, read from
 * the key's core word whatever words surround it: the genre names the same field many ways
 * (来源, 信息来源, 稿件来源, 来源单位), and a list of whole keys never holds them all.
 */

/** The kinds of field a page prints in its meta lines. */
export type FieldKind = 'source' | 'credit' | 'date' | 'written' | 'effective' | 'count' | 'people';

/** Longest key read as a field, in Han characters. */
export const MAX_KEY = readIngestLines().webMeta.maxFieldKey;

/**
 * Cores naming who published the text, and the body that sent it in (发稿单位, 报送单位, 供稿部门) or
 * answers for its publishing (a 信息公开 record's 责任部门, 公开主体, 发布主体): never the site's owner or
 * operator (主办单位, 承办单位).
 */
const SOURCE =
	/来源|稿源|出处|供稿|发布机构|发布者|发文机关|信息提供|信息报送|转自|转载自|源自|原载|首发|来自|(?:发布|发稿|发文|报送|投稿|来稿|提供|撰稿|编发|采编|责任|公开)(?:单位|部门|机构|主体)/;
/** A source key that credits a picture, a figure or money, not the page (`图片来源`, `资金来源`). */
const CREDIT = /^(?:图片?|照片|视频|音频|数据|资料|资金|经费|配图)/;
/**
 * A publishing verb standing as the key, an issue's 出版 and a record's 公开 too (`本期出版：`, `公开：`),
 * and the issue an e-paper shows standing alone as the key of its day (`本期：`, `当期：`).
 */
const PUBLISH_VERB =
	/^(?:(?:本期|本刊)?(?:发布|发表|更新|刊发|上传|发稿|录入|出版|公开)|本期|当期)$/;
/** A verb of writing or issuing a document standing as the key (`成文：`, `印发：`): its written date. */
const WRITE_VERB = /^(?:成文|印发|签发|制发)$/;
/** Cores of a date or time. */
const DATE = /时间|日期|时刻/;
/** A date key is the page's own when bare or when it names publishing (发布, 更新, 出版, 录入, 上网, 推送 …). */
const PUBLISHED =
	/^(?:时间|日期)$|发|刊|版|更新|录入|添加|上传|上网|上线|推送|报送|信息|公开|创建|生成|修改|提交|稿|登载/;
/**
 * The date a document was written or issued, not the page's (成文日期, 印发日期, 发文日期). A 政府信息公开
 * table's 生成日期 is the date its record was made, the page's own, beside 成文日期 when both are printed.
 * 发文 is also posting a text: 发文时间, a time rather than a document's day, is when the page posted it.
 */
const WRITTEN = /成文|印发|签发|制发|发文(?!时间)/;
/** The date a document takes or loses effect or a deadline (生效日期, 施行日期, 截止时间), never the page's. */
const EFFECTIVE = /生效|施行|实施|失效|废止|截止/;
/** Cores of the people who made the page (`发布人`, `联系人` too; a paper's desk: 组版, 排版, 值班, 美术). */
const PEOPLE =
	/作者|编辑|责编|审|校对|撰稿|撰文|摄影|摄像|通讯员|记者|美编|美术|监制|策划|制作|主编|编|组版|排版|值班|人$/;
/** Cores of numbers, codes and categories (索引号, 公开方式, 浏览次数, 字号). */
const COUNT = /号|分类|类别|方式|范围|有效|次数|量$|数$|点击|浏览|阅读|访问|人气|热度|字体/;

/**
 * Keys crediting who wrote the text or gave its material (`文字｜`, `文：`, `撰文：`, `文稿：`, `作者：`, `素材｜`): a
 * person's name as a byline, or an outlet's or a body's, which is then where the text came from
 * (`文字｜某某日报` at a WeChat copy's end, `作者：某某局` where a site's form fills the writer's field
 * with the posting office). A post's material (`素材来源：`) is its text as much as its pictures.
 */
const TEXT_CREDIT = /^(?:文字|文|撰文|撰稿|供文|文稿|稿件|作者|素材)$/;

/** True for a key crediting the text's writer, which names the source when its value is an outlet or a body. */
export function isTextCredit(key: string): boolean {
	return TEXT_CREDIT.test(key);
}

/** The kind of field a key of 1–6 Han characters names, or `undefined` for any other key. */
export function fieldKind(key: string): FieldKind | undefined {
	if (key.length === 0 || key.length > MAX_KEY) return undefined;
	if (TEXT_CREDIT.test(key)) return 'people';
	if (SOURCE.test(key)) return CREDIT.test(key) ? 'credit' : 'source';
	// A publishing verb alone (`发布：`, `更新：`) keys a date; its value must be one.
	if (PUBLISH_VERB.test(key)) return 'date';
	if (WRITE_VERB.test(key)) return 'written';
	if (DATE.test(key)) {
		if (WRITTEN.test(key)) return 'written';
		if (EFFECTIVE.test(key)) return 'effective';
		return PUBLISHED.test(key) ? 'date' : undefined;
	}
	if (COUNT.test(key)) return 'count';
	if (PEOPLE.test(key)) return 'people';
	return undefined;
}
