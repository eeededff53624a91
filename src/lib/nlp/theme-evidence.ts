import type { ThemeEvidenceRecord } from '../schema/release.ts';
import type { ThemeTags } from './tag-themes.ts';

/**
 * The evidence of a text's themes as an article's frontmatter keeps it (`themeEvidence`), in the
 * order of `tags.themes`: the rules' score and phrases where the keyword rules scored the theme,
 * else the classifier's probability. A theme with neither (none today) is left out.
 */
export function themeEvidenceRecords(
	tags: Pick<ThemeTags, 'themes' | 'evidence'>,
): ThemeEvidenceRecord[] {
	const out: ThemeEvidenceRecord[] = [];
	for (const theme of tags.themes) {
		const e = tags.evidence[theme];
		if (!e) continue;
		if (e.rule > 0)
			out.push({
				theme,
				by: 'rule',
				score: e.rule,
				words: [...e.terms],
				...(e.model === undefined ? {} : { model: e.model }),
			});
		else if (e.model !== undefined) out.push({ theme, by: 'model', score: e.model, words: [] });
	}
	return out;
}
