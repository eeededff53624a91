import type { PageFurniture } from '../schema/page-furniture.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { isSpacedMenu } from './menus.ts';
import { isNavigationLine } from './navigation-line.ts';
import { hanCount } from './patterns.ts';
import { isPhraseFurniture, isSharePrompt, LEAD } from './phrase-furniture.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { maxBilingualLine: MAX_BILINGUAL_LINE } = readIngestLines().furniture;

/**
 * True for furniture printed with English labels beside its Chinese words (`Share 分享 ▸ WeChat`,
 * `HOME 首页  NEWS 新闻`): the line read without its Latin words is furniture.
 */
export function isBilingualFurniture(text: string, furniture: PageFurniture): boolean {
	if (
		text.length > MAX_BILINGUAL_LINE ||
		!/[A-Za-z]{2}/.test(text) ||
		!/[\u3400-\u9fff]/.test(text)
	)
		return false;
	const han = text
		.replace(/[A-Za-z][A-Za-z'&.-]*/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (hanCount(han) < 2) return false;
	return (
		isSharePrompt(han.replace(LEAD, '')) ||
		isSpacedMenu(han) ||
		isPhraseFurniture(han, furniture) ||
		isShapeFurniture(han) ||
		isNavigationLine(han)
	);
}
