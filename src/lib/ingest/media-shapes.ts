import { CAPTION_MARKER, hanAtLeast, hanCount, PHOTO_CREDIT, PICTURE_GIVER } from './patterns.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxLatinFallback: MAX_LATIN_FALLBACK,
	maxBrowserCannot: MAX_BROWSER_CANNOT,
	maxGalleryLabel: MAX_GALLERY_LABEL,
	minGalleryTextHan: MIN_GALLERY_TEXT_HAN,
	maxMediaButton: MAX_MEDIA_BUTTON,
} = readIngestLines().furnitureShapes;

// What a media player or a picture viewer leaves on a page: its placeholder, its buttons and clock,
// a gallery's counters and size, a player's length, a note that the browser cannot play.

/**
 * Han characters of a media placeholder or viewer prompt, made only of a player's or viewer's words:
 * 播放, 观看视频, 点击播放, 视频加载中, 音频, 音频：听新闻, 点击图片查看大图, 视频加载失败，请刷新重试,
 * 视频缓冲中，请稍候, 下载原图; its call to act may be any tap or click word (`点这里观看视频`, `轻触收听`), and
 * what it offers may be said to be possible (`点按图片即可缩放`).
 */
const MEDIA_HAN =
	/^(?:点击|点此|点这里|点这儿|点我|轻点|轻触|点按|单击|双击|戳|此处|这里|请|播放器|出错|错误|播放|播报|朗读|观看|收听|听|查看|看|放大|缩放|缩小|即可|可以|可|视频|音频|语音|图片|大图|原图|高清图|组图|图集|正在|加载中|加载失败|加载|缓冲中|缓冲|载入中|载入|失败|刷新|重试|稍候|稍后|新闻|全文|上一张|下一张|全屏|浏览|自动|重新|返回|列表|更多|完|结束|本文|下载|保存)+$/;
/** A player's or viewer's core word, which such a placeholder holds. */
const MEDIA_CORE = /视频|音频|语音|图片|大图|原图|播放|收听|加载|缓冲|载入|上一张|下一张|全屏/;
const BROWSER_CANNOT =
	/浏览器.{0,6}不支持|不支持.{0,6}(?:视频|音频|播放)|\b(?:video|audio)\b|浏览器版本(?:过低|太低|过旧|太旧)|(?:无法|不能)(?:正常)?(?:播放|观看)(?:该|此)?(?:视频|音频)[。！!]?$/i;
/** A player's buttons after its clock: full screen, speed, mute, picture quality. */
const PLAYER_BUTTON =
	/^(?:全屏|退出全屏|倍速|静音|音量|高清|标清|超清|流畅|清晰度|画质|播放|暂停|重播|弹幕|画中画|[\d.]+\s*[xX×倍])$/;
/** A player's clock (`00:00`, `01:25 / 04:10`) and what follows it. */
const PLAYER_CLOCK =
	/^[▶▷►⏵⏯⏸]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[/|｜]\s*\d{1,2}:\d{2}(?::\d{2})?)?(.*)$/u;
/** A player's time played over its length (`00:00 / 03:06`), which no schedule prints. */
const PLAYER_PAIR = /\d{1,2}:\d{2}(?::\d{2})?\s*[/／]\s*\d{1,2}:\d{2}/;
/** A play or pause button drawn as a glyph: ▶, ▷, ❚❚. */
const PLAY_GLYPHS = /^[\s▶▷►⏵⏯⏸❚❙‖|｜]*$/u;
/**
 * Where a saved page had a picture or a player, a copy as text keeps its bracketed placeholder:
 * `[图]`, `【图片】`, `（视频）`.
 */
const MEDIA_PLACEHOLDER =
	/^[[【(（〔]\s*(?:图|图片|照片|组图|动图|图表|视频|音频|动画)\s*[\]】)）〕]$/;
/**
 * A gallery's or playlist's label with its count: `图集（共12张）`, `组图(共3张)`, `视频（共2个）`, the
 * label a column's (`组图新闻（5图）`) and the pictures counted as such.
 */
const MEDIA_COUNT =
	/^(?:图集|组图|图片|相册|视频|音频)(?:新闻)?\s*[(（[【]\s*共?\s*\d{1,3}\s*(?:张|幅|个|段|集|图)\s*[)）\]】]$/;
/**
 * A picture viewer's counter alone on its line: the picture's number over the gallery's size, as a
 * fraction or with 共, its ordinal or picture word before it and its measure word after it or not:
 * `（2/6）`, `3 / 8`, `第4张 共9张`, `第2/5幅`, `图3（共7）`, `图2/6`; or the gallery's size with no
 * sentence around it: `共12张图片`, `组图 | 共6张`, `【全部8张】`.
 */
const PICTURE_COUNTER =
	/^[（(【[]?\s*(?:第|图)?\s*\d{1,3}\s*(?:[张幅]\s*)?(?:[/／]|[，,]?\s*[（(]?\s*共)\s*\d{1,3}\s*[张幅]?\s*[)）]?\s*[)）】\]]?$/;
/** A bare number in brackets alone on its line: `（2）`, `(3)`, `[4]`. */
const BRACKETED_NUMBER = /^[（(【[]\s*\d{1,3}\s*[)）】\]]$/;
/** The gallery's size: `共12张`, `全部8张`. */
const GALLERY_SIZE = /(?:共|全部)\s*\d{1,3}\s*[张幅](?:图片|照片)?/;
/**
 * A player's length, bracketed or keyed, the medium named with a determiner or not and the length
 * given as about so long or not: `（视频时长 03分钟）`, `音频时长：02:45`, `（本视频时长约3分钟）`.
 */
const MEDIA_LENGTH =
	/^[（(【[]?\s*(?:[本该此])?(?:视频|音频|节目)?时长\s*[:：]?\s*(?:约|大约|共)?\s*(?:(?:\d{1,2}\s*(?:小时|分钟?|秒)\s*)+(?:\d{1,2}\s*秒)?|\d{1,2}:\d{2}(?::\d{2})?)\s*[)）】\]]?$/;
/**
 * A line that only credits who gave or took the pictures (`照片由某某县融媒体中心提供`, `▲ 本文图片均由某某
 * 提供`): a site's credit under a picture, with no caption's words; a caption closed by it keeps them.
 */
const BARE_PICTURE_GIVER =
	/^[▲△▼▽↑\s]*(?:本文|文中)?(?:图片|照片|配图|图像|视频)(?:均)?由[^。，,；;！？]{2,30}?(?:提供|拍摄|供图)[。.]?$/u;
/** True for a line that only credits who gave or took the pictures: it stands inside a story. */
export const isBarePictureGiver = (text: string) => BARE_PICTURE_GIVER.test(text);

/** A read-aloud player's voice or label: `女声播报`, `男声`, `语音朗读`. */
const PLAYER_VOICE = /^(?:男声|女声|童声|语音)?(?:播报|朗读|收听|播放)?$/;

/**
 * True for a player's clock with its buttons after it (`00:00 | 全屏`, `01:25 / 04:10 倍速 全屏`), its time
 * played over its length with a play button or none (`00:00 / 03:06 ▶`), or for a
 * read-aloud player's bar without a clock: its voice and its buttons, a speed among them
 * (`女声播报  倍速 1.0x`).
 */
function isPlayerBar(text: string): boolean {
	const pieces = (s: string) => s.split(/[\s|｜·]+/).filter((p) => p !== '');
	const rest = PLAYER_CLOCK.exec(text)?.[1];
	if (rest === undefined) {
		const all = pieces(text);
		return (
			all.length >= 2 &&
			all.some((p) => /倍速|^[\d.]+\s*[xX×倍]$/.test(p)) &&
			all.every((p) => PLAYER_BUTTON.test(p) || PLAYER_VOICE.test(p))
		);
	}
	// The time played over the length, alone or beside a play button drawn as a glyph.
	if (PLAYER_PAIR.test(text) && PLAY_GLYPHS.test(rest)) return true;
	const buttons = pieces(rest);
	return buttons.length > 0 && buttons.every((b) => PLAYER_BUTTON.test(b));
}

/** True for a picture's caption: behind a caption's marker, or closed by its credit (`…摄`, `（某某 提供）`). */
const isCaption = (text: string) =>
	CAPTION_MARKER.test(text) || PHOTO_CREDIT.test(text) || PICTURE_GIVER.test(text);

/**
 * True for a gallery's counter that prints its picture's number alone (`（2）`): a bare number in
 * brackets with no running text under it (the picture's caption, a sentence closed by its credit
 * too, its credit or the viewer's buttons are). Over a paragraph it numbers that paragraph, as a
 * list's item.
 */
export function isGalleryNumber(text: string, next: string | undefined): boolean {
	return (
		BRACKETED_NUMBER.test(text) &&
		(next === undefined ||
			!(hanAtLeast(next, MIN_GALLERY_TEXT_HAN) && /[，。；,;]/.test(next)) ||
			isCaption(next))
	);
}

/**
 * True for a player's or picture viewer's furniture: a placeholder, a count, a counter, a length,
 * a notice that the browser cannot play, a button made of viewer words, a clock with its buttons.
 */
export function isMediaFurniture(text: string): boolean {
	const fallbackLength = hanCount(text, 1) === 0 ? MAX_LATIN_FALLBACK : MAX_BROWSER_CANNOT;
	if (text.length <= fallbackLength && BROWSER_CANNOT.test(text)) return true;
	if (MEDIA_PLACEHOLDER.test(text) || MEDIA_COUNT.test(text)) return true;
	if (PICTURE_COUNTER.test(text) || MEDIA_LENGTH.test(text)) return true;
	if (text.length <= MAX_GALLERY_LABEL && GALLERY_SIZE.test(text) && !/[。，,；;！？]/.test(text))
		return true;
	const han = text.length <= MAX_MEDIA_BUTTON ? text.replace(/[^\u3400-\u9fff]/g, '') : '';
	// `图集` alone may label a column; with a viewer's word (`返回图集列表`, `图集完`) it is a button.
	const core = MEDIA_CORE.test(han) || (han.length > 2 && han.includes('图集'));
	if (han.length >= 2 && MEDIA_HAN.test(han) && core) return true;
	return isPlayerBar(text);
}
