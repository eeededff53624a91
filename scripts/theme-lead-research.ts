/**
 * `node scripts/theme-lead-research.ts [MODEL]`: does a short 新闻联播 item's lead sentence decide its
 * theme better than the whole item? For the items under 300, 500 and 800 characters with a theme in
 * corpus-gold and in the round-3 labels it counts the primary right by the whole item's fusion, by
 * the fusion over the headline and the first sentence alone (outlet tag dropped, the classifier run
 * whatever the length) and by the whole item with the first sentence as its lead term.
 */
import { join } from 'node:path';
import {
	fuseThemes,
	fusionSettings,
	ruleThemes,
	themeHeadline,
	themeSignals,
} from '../src/lib/nlp/tag-themes.ts';
import { classifyThemes } from '../src/lib/nlp/theme-classifier.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { readThemeModel } from '../src/lib/schema/theme-model.ts';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';
import { ingestedText } from '../tools/lib/theme-corpus-text.ts';
import { readThemeLabels } from '../tools/lib/theme-label-file.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';

const modelFile = process.argv[2];
let config = readThemeConfig();
if (modelFile) config = { ...config, model: readThemeModel(modelFile)! };
const settings = fusionSettings(config);
const sets: Record<string, Map<string, string | null>> = {
	gold: new Map(
		readThemeLabels(join(PROJECT_ROOT, '../shared/dev/corpus-gold.json')).map((g) => [
			g.id.toLowerCase(),
			g.primary,
		]),
	),
	round3: new Map(
		readThemeLabels(join(PROJECT_ROOT, 'eval/theme-labels-round3.json')).map((l) => [
			l.id.toLowerCase(),
			l.primary,
		]),
	),
};
const OUTLET =
	/^(?:央视网消息（新闻联播）：|本报[^（）]{0,20}电（[^）]*）|新华社[^（）]{0,20}电(?:（[^）]*）)?)\s*/u;
const firstSentence = (body: string) => {
	const t = body.replace(OUTLET, '');
	const m = /^[^。！？]*[。！？]/u.exec(t);
	return m ? m[0] : t.slice(0, 150);
};
const Ns = [300, 500, 800];
type Tally = Record<string, { n: number; full: number; lead: number; leadTerm: number }>;
const tally: Record<string, Tally> = { gold: {}, round3: {} };
for await (const row of readCorpus(corpusPath()!)) {
	for (const [name, set] of Object.entries(sets)) {
		const label = set.get(row.id.toLowerCase());
		if (label === undefined || label === null || !row.id.startsWith('xwlb-')) continue;
		const text = ingestedText(row);
		const doc = { title: themeHeadline(text.title), body: text.body };
		const sig = themeSignals(doc, config);
		const full = sig ? fuseThemes(sig, settings)[0] : ruleThemes(doc, config).themes[0];
		const lead = firstSentence(doc.body);
		const leadDoc = { title: doc.title, body: lead };
		const lr = ruleThemes(leadDoc, config);
		const leadOnly = fuseThemes(
			{
				ruleThemes: lr.themes,
				ruleScores: lr.scores,
				titleScores: ruleThemes({ title: '', body: doc.title }, config).scores,
				leadScores: lr.scores,
				probabilities: classifyThemes(leadDoc, config.model!),
			},
			settings,
		)[0];
		const leadTerm = sig
			? fuseThemes(
					{ ...sig, leadScores: ruleThemes({ title: '', body: lead }, config).scores },
					settings,
				)[0]
			: full;
		for (const N of Ns) {
			if (doc.body.length >= N) continue;
			const t = (tally[name]![String(N)] ??= { n: 0, full: 0, lead: 0, leadTerm: 0 });
			t.n++;
			if (full === label) t.full++;
			if (leadOnly === label) t.lead++;
			if (leadTerm === label) t.leadTerm++;
		}
	}
}
for (const [name, t] of Object.entries(tally))
	for (const [N, r] of Object.entries(t))
		console.log(
			`${name} 新闻联播 items under ${N} chars with a theme: ${r.n}; whole item ${r.full}, headline+first sentence only ${r.lead}, first sentence as the lead term ${r.leadTerm}`,
		);
