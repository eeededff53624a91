import type { EpaperStories } from '../schema/epaper-stories.ts';
import type { StoryModel } from '../schema/story-model.ts';
import { treeScore } from '../nlp/boosted-trees.ts';
import { speakerLine } from './line-context.ts';
import type { LineRole } from './line-roles.ts';
import { isOrdinalHeading } from './story-boundary.ts';
import { storyFeatures, type BlockCues, type StoryCandidate } from './story-features.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

/** Called with every candidate line the model scores, and its features (for training). */
export type StoryTrace = (candidate: StoryCandidate, features: number[]) => void;

/** How the splitter decides where stories start: the learned model, and a trace for training. */
export interface StoryStartOptions {
	model?: StoryModel;
	trace?: StoryTrace;
	/**
	 * True when the page is known to hold several stories (an e-paper page under its masthead): it
	 * is read as a page with several datelines, whatever it prints.
	 */
	severalStories?: boolean;
	/** On such a page, when a headline the text under it answers opens a story without a dateline. */
	answered?: EpaperStories;
}

/** Probability, by the learned model, that a story starts at the candidate with these features. */
export function storyStartProbability(model: StoryModel, features: readonly number[]): number {
	let z: number;
	if (model.boosted !== undefined) z = treeScore(model.boosted, features);
	else {
		z = model.bias ?? 0;
		for (let f = 0; f < features.length; f++) z += (model.weights?.[f] ?? 0) * features[f]!;
	}
	return 1 / (1 + Math.exp(-z));
}

/**
 * A line that heads a part of a story, never a story: a numbered section (`一、`), a speaker in
 * an interview (`王 雷（电视剧《某某》主演）`).
 */
function headsPart(text: string): boolean {
	const tag = /[(\uFF08]([^()\uFF08\uFF09]{2,16})[)\uFF09]$/.exec(text)?.[1];
	return isOrdinalHeading(text) || (tag !== undefined && speakerLine(text, tag));
}

/** A headline block `start..end` on the page and the story open above it. */
export interface HeadlineBlock {
	lines: readonly SourceLine[];
	roles: readonly LineRole[];
	start: number;
	end: number;
	cues: BlockCues;
	/** Bigrams and length of the running text of the story so far, read when needed. */
	story: () => { bigrams: ReadonlySet<number>; chars: number };
	/** Up to two paragraphs after the block. */
	next: readonly SourceLine[];
	/** The open story's headline lines (empty when none is open). */
	storyHead: readonly SourceLine[];
	/** Items opened on the page so far. */
	items: number;
	/** Whether the block may belong to the story above (a news story is open); else it starts an item. */
	canContinue: boolean;
}

/** Characters of running text after the block, up to the next headline, dateline or byline. */
function runAfter(block: HeadlineBlock): number {
	let n = 0;
	for (let j = block.end + 1; j < block.lines.length; j++) {
		const role = block.roles[j];
		if (role === 'heading' || role === 'dateline' || role === 'byline') break;
		n += block.lines[j]!.text.length;
	}
	return n;
}

/**
 * Where a story starts in a headline block: the index of its first headline line, or undefined
 * when the block belongs to the story above. Without a model the rules decide (the whole block
 * opens a story or none does); with one, every line of the block is scored, and the best line
 * opens a story when the model is sure enough, the lines above it going to the story before
 * (an author's signature, a quotation's source). The model never takes away a start the
 * grammar's strong cues mark (a dateline or byline under the block, furniture above it): there
 * it only chooses the line the story starts at.
 */
export function storyStart(block: HeadlineBlock, options: StoryStartOptions): number | undefined {
	const { model, trace } = options;
	if (!block.canContinue) return block.start;
	if (model === undefined && trace === undefined) return block.cues.rule ? block.start : undefined;
	const join = (ls: readonly SourceLine[]) => ls.map((l) => l.text).join('');
	const { bigrams: story, chars: storyChars } = block.story();
	const nextText = join(block.next).slice(0, 300);
	const next = bigramSet(nextText);
	const base = {
		lines: block.lines,
		roles: block.roles,
		start: block.start,
		end: block.end,
		cues: block.cues,
		story,
		storyChars,
		next,
		continuity: shareIn(next, story),
		storyHead: bigramSet(join(block.storyHead)),
		runAfter: runAfter(block),
		items: block.items,
	};
	let best: number | undefined;
	let bestP = -1;
	for (let k = block.start; k <= block.end; k++) {
		if (block.roles[k] !== 'heading' || headsPart(block.lines[k]!.text)) continue;
		const candidate: StoryCandidate = { ...base, k };
		const features = storyFeatures(candidate);
		trace?.(candidate, features);
		if (model === undefined) continue;
		const p = storyStartProbability(model, features);
		if (p > bestP) [best, bestP] = [k, p];
	}
	if (model === undefined) return block.cues.rule ? block.start : undefined;
	const threshold =
		block.cues.pageStarts >= 2 ? model.threshold : (model.singleStoryThreshold ?? model.threshold);
	// Where the grammar's own cues open the block the model only picks its first line.
	if (block.cues.strong) return bestP > threshold ? best : block.start;
	return bestP > threshold ? best : undefined;
}
