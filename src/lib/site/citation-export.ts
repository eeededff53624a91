import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CitableArticle, CitationType } from './citation.ts';
import { citationType } from './citation.ts';
import { isoDateByPrecision } from './format.ts';

// BibTeX output is ASCII-escaped by default, which drops Chinese titles; UTF-8 BibTeX is what
// biber and modern BibTeX read.
const bibtexConfig = plugins.config.get('@bibtex');
if (bibtexConfig['format']) {
	bibtexConfig['format']['asciiOnly'] = false;
	bibtexConfig['format']['useIdAsLabel'] = true;
}

/** Formats a citation can be exported in. */
export const CITATION_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** Media type and file extension of each export format. */
export const CITATION_MEDIA: Record<CitationFormat, { type: string; ext: string }> = {
	bibtex: { type: 'application/x-bibtex; charset=utf-8', ext: 'bib' },
	ris: { type: 'application/x-research-info-systems; charset=utf-8', ext: 'ris' },
	'csl-json': { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', ext: 'json' },
};

const CSL_TYPES: Record<CitationType, string> = {
	N: 'article-newspaper',
	J: 'article-journal',
	'EB/OL': 'webpage',
};

type DateParts = { 'date-parts': number[][] };

function dateParts(iso: string): DateParts | undefined {
	if (!iso) return undefined;
	return { 'date-parts': [iso.split('-').map(Number)] };
}

/**
 * The article as one CSL-JSON item, the exchange format citation managers share: the same
 * document type as the GB/T 7714 reference (newspaper, journal, web page), Chinese names kept
 * whole as literal names, the date only as precise as the source gave it.
 */
function toCslItem(id: string, article: CitableArticle, accessed: string) {
	const issued = dateParts(isoDateByPrecision(article.date, article.datePrecision));
	const source = article.source.trim();
	const type = CSL_TYPES[citationType(article)];
	const names = article.reporters.map((name) => ({ literal: name }));
	return {
		id,
		type,
		title: article.title.trim(),
		language: 'zh-CN',
		...(names.length > 0 ? { author: names } : {}),
		// A website is its page's publisher; a newspaper or journal is the container of the article.
		...(source ? { [type === 'webpage' ? 'publisher' : 'container-title']: source } : {}),
		...(issued ? { issued } : {}),
		URL: article.url,
		accessed: dateParts(accessed.slice(0, 10)),
	};
}

/** The citation in `format`, formatted by citation-js. */
export function formatCitation(
	id: string,
	article: CitableArticle,
	accessed: string,
	format: CitationFormat,
): string {
	const cite = new Cite([toCslItem(id, article, accessed)]);
	if (format === 'csl-json') return `${cite.format('data', { format: 'text' })}\n`;
	// RIS: the classic tags (T1, A1, JF), which every reference manager reads; the newer spec
	// citation-js defaults to drops the authors of newspaper articles.
	return cite.format(format, { format: 'text', ...(format === 'ris' ? { spec: 'old' } : {}) });
}
