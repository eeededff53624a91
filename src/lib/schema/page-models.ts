import { join } from 'node:path';
import { readEpaperStories, type EpaperStories } from './epaper-stories.ts';
import { readStoryModel, type StoryModel } from './story-model.ts';
import { readTitleModel, type TitleModel } from './title-model.ts';
import { readWebBodyModel, type WebBodyModel } from './web-body-model.ts';
import { readWebDateModel, type WebDateModel } from './web-date-model.ts';
import { readWebSourceModel, type WebSourceModel } from './web-source-model.ts';
import { readWebTitleModel, type WebTitleModel } from './web-title-model.ts';

// The learned readings of a page that ingest takes from files beside `page-furniture.json`, each
// used only where its file is there.

/** The learned models and settings read from beside the furniture file. */
export interface PageModels {
	/** Where a story starts on a newspaper page (`story-model.json`). */
	storyModel?: StoryModel;
	/** Which line of an unmarked block is its title (`title-model.json`). */
	titleModel?: TitleModel;
	/** Which line over a web page's text is its title (`web-title-model.json`). */
	webTitleModel?: WebTitleModel;
	/** Which printed date is a web page item's date (`web-date-model.json`). */
	webDateModel?: WebDateModel;
	/** Which name a web page offers is a web page item's source (`web-source-model.json`). */
	webSourceModel?: WebSourceModel;
	/** Which lines around a web page item's text are its body (`web-body-model.json`). */
	webBodyModel?: WebBodyModel;
	/** When a headline opens a story on an e-paper page (`epaper-stories.json`). */
	epaperStories?: EpaperStories;
}

/** Each model's file beside the furniture file and its reader (undefined when the file is not there). */
const READERS: { [K in keyof PageModels]-?: [string, (path: string) => PageModels[K]] } = {
	storyModel: ['story-model.json', readStoryModel],
	titleModel: ['title-model.json', readTitleModel],
	webTitleModel: ['web-title-model.json', readWebTitleModel],
	webDateModel: ['web-date-model.json', readWebDateModel],
	webSourceModel: ['web-source-model.json', readWebSourceModel],
	webBodyModel: ['web-body-model.json', readWebBodyModel],
	epaperStories: ['epaper-stories.json', readEpaperStories],
};

/**
 * The models of `dir` whose files are there, but for those named in `leave` (a model a trainer is
 * about to replace, which may have been fitted on other features); a file that is there but
 * invalid throws naming it and the reason.
 */
export function readPageModels(dir: string, leave: readonly (keyof PageModels)[] = []): PageModels {
	const models: Record<string, unknown> = {};
	for (const [name, [file, read]] of Object.entries(READERS)) {
		if (leave.includes(name as keyof PageModels)) continue;
		const model = read(join(dir, file));
		if (model !== undefined) models[name] = model;
	}
	return models;
}
