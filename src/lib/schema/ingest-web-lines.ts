import { z } from 'astro/zod';
import { Count, Share } from './config-numbers.ts';

// The sections of `search-config/ingest-lines.json` that read a web page saved as text: its head,
// a headline broken over two lines, the notes and prompts in its body, its tail and its meta line;
// `ingest-lines.ts` composes them.

/** A web page's head: its headline, kicker and summary, and when a head is a site's (`web-head*.ts`, `web-headline.ts`). */
export const WebHeadSchema = z.object({
	/** Lines above the headline, dropped as furniture or sharing nothing with the text, that make a web page's head. */
	minHeadLines: Count,
	/** Lines dropped as furniture above the headline that make a web page's head alone. */
	minDroppedLines: Count,
	/** Share of a head line's bigrams in the text below which it is no headline (a place name alone is shared). */
	minSharedHeadLine: Share,
	/** Longest line counted as a head line of a web page, in characters. */
	maxHeadLine: Count,
	/** Paragraphs of the body a head line is compared with. */
	bodyWindow: Count,
	/** Share of a line's bigrams found in the body that makes it the headline the body answers. */
	minTitleShare: Share,
	/** Share that keeps a line between the title and the body (副题). */
	minBlockShare: Share,
	/** Shortest headline-shaped line whose word-for-word echo in the text marks it as the text's own. */
	minEcho: Count,
	/** Longest headline of clauses set apart by spaces, with no clause punctuation, in characters. */
	maxSpacedHeadline: Count,
	/** Fewest Han characters (a figure counting as one) of a headline-shaped line. */
	minHeadlineChars: Count,
	/** Fewest Han characters of a sentence that opens the running text. */
	minSentenceHan: Count,
	/** Fewest Han characters of a long line with clause punctuation that opens the running text. */
	minLongTextHan: Count,
	/** Fewest Han characters of a summary line kept between the headline and the text. */
	minSummaryHan: Count,
	/** Fewest Han characters of a clause of running text cut short (a caption's). */
	minClauseHan: Count,
	/** Longest headline the cleaner never joins to the line under it (`joinBrokenLines`), in characters. */
	longHeadline: Count,
	/** Share that makes the line above the title its kicker (引题). */
	minKickerShare: Share,
	/** Fewest Han characters of a kicker. */
	minKickerHan: Count,
	/** Longest line naming the home page (`首页`) read as a menu between a kicker and its title. */
	maxMenuLine: Count,
	/** Longest last word of a menu printed one word a line, right over a kicker, in characters. */
	maxMenuWord: Count,
	/** Paragraphs from the text's first searched for a broadcast's lead (`央视网消息（新闻联播）：`). */
	broadcastLeadWindow: Count,
});

/** A long headline broken over two lines by an editor's line break or a narrow title box (`broken-headline.ts`). */
export const BrokenHeadlineSchema = z.object({
	/** Longest half of a broken headline, in characters. */
	maxHalf: Count,
	/** Longest rest of a headline cut inside a word (a long headline's subtitle after `——` runs on). */
	maxLongRest: Count,
	/** Paragraphs of the text under a headline read to see whether it answers the joined headline. */
	bodyWindow: Count,
	/** Characters each side of the break that the text must print together. */
	span: Count,
	/** Most Han characters of a lower line that is a fragment, no headline of its own. */
	maxFragmentHan: Count,
	/** Most Han characters of a bare tail over the page's date line that ends the headline above (`headline-tail.ts`). */
	maxTailHan: Count,
	/** Most characters around a headline printed whole elsewhere on the page (a field's key, a site's name: `headline-echo.ts`). */
	maxEchoExtra: Count,
	/** Fewest Han characters of a title a column's label stands over (a site's slogan is shorter). */
	minTitleHan: Count,
	/** Share of the lower line's bigrams the text must hold for a label alone to head it. */
	minAnswered: Share,
	/** Characters each side of the break read to find the word that stands across it. */
	seamWindow: Count,
	/**
	 * Units and classifiers a number runs on into (`条`, `万`, `%`): a headline broken between a
	 * number and one of them (`…出台12` + `条措施`) is one headline, since no kicker ends on a bare number.
	 */
	numberUnits: z.array(z.string().min(1)).min(1),
});

/** What a picture, a prompt or a note leaves in a web page's body (`picture-echo.ts`, `prompt-run-in.ts`, `jump-note.ts`, `revision-note.ts`). */
export const WebBodySchema = z.object({
	/** Longest line read as a picture's file name, in characters. */
	maxFileName: Count,
	/** Longest name or key before an account list's platforms, in characters. */
	maxListKey: Count,
	/** Fewest Han characters of a sentence that heads a paragraph, or closes one, before a prompt run into it. */
	minParagraphHan: Count,
	/** Longest e-paper jump note (`下转第2版`, `上接第1版`), in characters. */
	maxJumpNote: Count,
	/** Longest note that the text was revised (`本文于某日更新`), in characters. */
	maxRevisionNote: Count,
});

/** What closes a web page under its text (`web-tail.ts`). */
export const WebTailSchema = z.object({
	/** Longest line read as a prompt's question (`有什么可以帮您？`) rather than the text's, in characters. */
	maxPromptQuestion: Count,
	/** Fewest such questions after the text that make its last lines a question box, not its close. */
	minPromptQuestions: Count,
});

/** The keys and values of a web page's meta line (`field-keys.ts`, `page-meta.ts`). */
export const WebMetaSchema = z.object({
	/** Longest key of a field (`来源`, `发布时间`), in characters. */
	maxFieldKey: Count,
	/** Longest source name read from a `来源` field, in characters. */
	maxSourceName: Count,
	/** Longest name of a body inside another (`某某州住房公积金管理中心某某县管理部`) read as a field's publisher, in characters. */
	maxNestedBodyName: Count,
	/** Longest name of the inner body in such a name (`某某县管理部`, `网络安全和信息化委员会办公室`), in characters. */
	maxInnerBodyName: Count,
	/** Longest value of a person's or a picture's credit on a meta line, in characters. */
	maxCreditValue: Count,
});
