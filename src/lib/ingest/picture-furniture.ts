import { isBarePictureGiver, isMediaFurniture } from './media-shapes.ts';
import { CAPTION_MARKER } from './patterns.ts';

/**
 * A picture's caption or credit: keyed 图 with its number (`图④：…`, `图：某某提供`) or behind a
 * caption's marker (`△ 现场图片 / 某某`, `图为…`). The story's picture box, no widget.
 */
const isPictureLine = (text: string) =>
	/^图[①-⑳\d]*\s*[:：]/.test(text) || CAPTION_MARKER.test(text);

/**
 * A picture's or gallery's line: its caption or credit (words behind the marker: arrows alone point
 * at what is under them), its counter, its viewer's buttons.
 */
export const isPictureFurniture = (text: string) =>
	isMediaFurniture(text) ||
	(isPictureLine(text) && /\p{Script=Han}/u.test(text)) ||
	isBarePictureGiver(text);
