import { writeAaHead } from './web-pages-aa-kinds.ts';
import { writeHeadline } from './web-pages-article-text.ts';
import {
	drawPolicyReading,
	drawSideColumn,
	drawVideoPlayer,
	writePolicyReading,
	writeVideoPlayer,
} from './web-pages-blocks.ts';
import { writeInfoTable } from './web-pages-info-table.ts';
import { writeAccountPrompt } from './web-pages-n-account-repost.ts';
import { writeAudioPlayer } from './web-pages-n-audio-player.ts';
import { writeCatalogLine } from './web-pages-n-catalog-line.ts';
import { writeColumnLabel, writeFontSizer } from './web-pages-o-column-label.ts';
import { writeUpdateStamp } from './web-pages-p-update-stamp.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { writeReadingTime } from './web-pages-q-reading-time.ts';
import { writeEffectiveLine } from './web-pages-r-effective-line.ts';
import { writeCollectionTag } from './web-pages-s-collection-tag.ts';
import { writeEditedNotice } from './web-pages-s-edited-notice.ts';
import {
	drawEditorNote,
	drawMetaRow,
	writeEditorNote,
	writeMetaRow,
} from './web-pages-saved-blocks.ts';
import type { SinglePage } from './web-pages-single-draws.ts';
import { writeDateOnly } from './web-pages-source-at-end.ts';
import { chance } from './web-pages-template.ts';
import { drawRetitle } from './web-pages-views.ts';

/** What the lines above a single article's text leave for the lines that follow it. */
export interface SingleMeta {
	/** Whether a 政策解读 box frames the article: its foot follows the text. */
	explains: boolean;
	/** Whether the meta column of a two-column page follows the article. */
	side: boolean;
	/** The page's own short headline, when it retitles the article. */
	short: string | null;
	/** Whether the byline follows the text rather than the headline. */
	bylineLast: boolean;
	/** Writes the meta line where a page prints it below the text; nothing on other pages. */
	metaBelow: () => void;
}

/**
 * Writes the lines between a single page's top and its text: an info table or catalogue line, the
 * meta line or row, the headline, the byline, the site's buttons and the players above the text.
 */
export function writeSingleMeta(w: PageWriter, page: SinglePage): SingleMeta {
	const { article, formats, layout, view, snapshot, catalog, dated, label, tail, wide } = page;
	const { stamp, effective, timed, audio, account, edited, collection } = page;
	const r = w.ctx.random;
	const table = formats.infoTable;
	const tabled = layout === 'portal' && table !== undefined && chance(table.rate, r);
	if (tabled) writeInfoTable(w, article, table.tables);
	if (catalog !== null) writeCatalogLine(w, formats.catalogLine!, article);
	const reading = formats.policyReading;
	const explains = drawPolicyReading(reading, layout, r);
	if (explains) writePolicyReading(w, reading.heads, 'policy-head');
	// A two-column page saved as text: its meta column comes after the article.
	const column = formats.sideColumn;
	const side =
		!tabled &&
		catalog === null &&
		!dated &&
		snapshot !== 'reader' &&
		drawSideColumn(column, layout, view === 'desktop', r);
	const rowFormats = formats.metaRow;
	const row = !tabled && catalog === null && !side && !dated && drawMetaRow(rowFormats, layout, r);
	const metaFirst = chance(0.1, r);
	const below = formats.metaBelowBody;
	const metaLast = !metaFirst && below !== undefined && chance(below, r);
	// The table (or the catalogue line) holds the date and the outlet: some such pages print no meta
	// line of their own.
	const metaShown =
		(!tabled || chance(0.5, r)) &&
		!side &&
		!row &&
		!dated &&
		(catalog === null || catalog.withMeta);
	// A repost that names its outlet at the end prints only its date where the meta line goes.
	// A page that prints when it was last changed does so under its meta line.
	const meta = () => {
		if (tail) writeDateOnly(w, formats.sourceAtEnd!, wide);
		else w.family('meta', 1, wide);
		if (stamp) writeUpdateStamp(w, formats.updateStamp!, article.date);
		if (effective) writeEffectiveLine(w, formats.effectiveLine!, article.date);
	};
	if (metaFirst && metaShown) meta();
	// A platform's copy keeps the outlet's headline.
	if (label !== null) writeColumnLabel(w, formats.columnLabel!, label);
	const short = view === 'platform' ? null : drawRetitle(formats, layout, article, r);
	if (short === null) writeHeadline(w, article, r, formats);
	else w.code('portal-headline', short);
	if (!metaFirst && !metaLast && metaShown) meta();
	if (label !== null) writeFontSizer(w, formats.columnLabel!);
	if (row) writeMetaRow(w, rowFormats);
	const late = formats.bylineAtEnd;
	const bylineLast = late !== undefined && chance(late, r);
	if (!bylineLast) w.family('byline', layout === 'portal' ? 0.15 : 0.05);
	// A print view, a platform's copy or a reader-mode copy keeps none of the site's buttons.
	const bare = view === 'print' || view === 'platform';
	if (!bare && snapshot !== 'reader') w.family('tools', 0.45);
	if (!bare && snapshot !== 'reader') w.family('share', 0.3);
	if (layout === 'wechat') w.family('wechat', 0.9);
	// A post edited after it was sent says so under its header, a later day than the article's.
	if (edited === 'head') writeEditedNotice(w, formats.editedNotice!, 'head', article.date);
	if (collection) writeCollectionTag(w, formats.collectionTag!);
	if (timed) writeReadingTime(w, formats.readingTime!, article.text);
	if (audio) writeAudioPlayer(w, formats.audioPlayer!, article.text.length);
	if (drawVideoPlayer(formats.videoPlayer, layout, r)) writeVideoPlayer(w, formats.videoPlayer);
	if (drawEditorNote(formats.editorNote, layout, r)) writeEditorNote(w, formats.editorNote);
	if (account !== null) writeAccountPrompt(w, formats.accountRepost!, account, 'head');
	// A 新闻发布会 report opens with the briefing's header: its day, hall, host and speakers.
	writeAaHead(w, formats, page.aa, article.date);
	if (chance(0.5, r)) w.text('');
	return {
		explains,
		side,
		short,
		bylineLast,
		metaBelow: () => {
			if (metaLast && metaShown) meta();
		},
	};
}
