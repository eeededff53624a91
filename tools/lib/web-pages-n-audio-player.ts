import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** What a 听新闻/语音播报 player's text is made from. */
export interface AudioParts {
	/** The reading's length as players print it (02:47). */
	duration: string;
	/** The synthetic voice's name, drawn from `voices`. */
	voice: string;
}

/**
 * A page that offers to read the article aloud (听新闻, 语音播报, a text-to-speech player) and keeps
 * the player's text between the headline block and the body.
 */
export interface AudioPlayerFormats {
	/** How often a portal, reprint or WeChat page has such a player. */
	rate: number;
	/** Names of the synthetic voices players offer. */
	voices: string[];
	/** The player's lines (templates; one string may hold several lines); one is drawn. */
	blocks: (p: AudioParts) => string[];
}

/** Whether a page has a reading player; no draw when `formats` is absent or the page is an e-paper. */
export function drawAudioPlayer(
	formats: AudioPlayerFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is AudioPlayerFormats {
	if (formats === undefined || layout === 'epaper') return false;
	return chance(formats.rate, random);
}

/** Writes the player's text (family `audio-player`); the length grows with the article. */
export function writeAudioPlayer(
	w: PageWriter,
	formats: AudioPlayerFormats,
	characters: number,
): void {
	const r = w.ctx.random;
	// Synthetic voices read about four characters a second.
	const seconds = Math.max(20, Math.round(characters / (3.5 + r())));
	const duration = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
	const block = pick(formats.blocks({ duration, voice: pick(formats.voices, r) }), r);
	w.code('audio-player', fillTemplate(block, w.ctx));
}
