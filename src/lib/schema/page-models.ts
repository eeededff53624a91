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

/**
 * The models of `dir` whose files are there; a file that is there but invalid throws naming it and
 * the reason.
 */
export function readPageModels(dir: string): PageModels {
	const models: PageModels = {};
	const storyModel = readStoryModel(join(dir, 'story-model.json'));
	if (storyModel !== undefined) models.storyModel = storyModel;
	const titleModel = readTitleModel(join(dir, 'title-model.json'));
	if (titleModel !== undefined) models.titleModel = titleModel;
	const webTitleModel = readWebTitleModel(join(dir, 'web-title-model.json'));
	if (webTitleModel !== undefined) models.webTitleModel = webTitleModel;
	const webDateModel = readWebDateModel(join(dir, 'web-date-model.json'));
	if (webDateModel !== undefined) models.webDateModel = webDateModel;
	const webSourceModel = readWebSourceModel(join(dir, 'web-source-model.json'));
	if (webSourceModel !== undefined) models.webSourceModel = webSourceModel;
	const webBodyModel = readWebBodyModel(join(dir, 'web-body-model.json'));
	if (webBodyModel !== undefined) models.webBodyModel = webBodyModel;
	const epaperStories = readEpaperStories(join(dir, 'epaper-stories.json'));
	if (epaperStories !== undefined) models.epaperStories = epaperStories;
	return models;
}
