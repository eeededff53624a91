import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { jsonError } from '../../lib/site/json-response.ts';
import { BadRequestError, NotFoundError } from '../../lib/errors.ts';
import { toCitable } from '../../lib/site/citation.ts';
import {
	CITATION_FORMATS,
	CITATION_MEDIA,
	formatCitation,
} from '../../lib/site/citation-export.ts';
import type { CitationFormat } from '../../lib/site/citation-export.ts';

const isFormat = (v: string): v is CitationFormat =>
	(CITATION_FORMATS as readonly string[]).includes(v);

/**
 * GET /api/cite?id=…&format=bibtex|ris|csl-json: the article's citation for reference managers,
 * as a download (引用日期 is today).
 */
export const GET: APIRoute = async ({ url }) => {
	try {
		const id = url.searchParams.get('id')?.trim() ?? '';
		const format = url.searchParams.get('format')?.trim() ?? 'bibtex';
		if (!/^[a-z0-9-]{1,200}$/.test(id))
			throw new BadRequestError('参数 id:应为文章 id(小写字母、数字和连字符)');
		if (!isFormat(format))
			throw new BadRequestError(
				`参数 format:只能是 ${CITATION_FORMATS.join('、')}(BibTeX、RIS 或 CSL-JSON)`,
			);
		const [doc] = await (await getBackend()).get('articles', [id]);
		if (!doc || 'articleId' in doc) throw new NotFoundError(`没有 id 为 ${id} 的文章。`);
		const today = new Date().toISOString().slice(0, 10);
		const text = formatCitation(id, toCitable(doc, url.origin), today, format);
		const media = CITATION_MEDIA[format];
		return new Response(text, {
			headers: {
				'content-type': media.type,
				'content-disposition': `attachment; filename="${id}.${media.ext}"`,
				'cache-control': 'no-store',
			},
		});
	} catch (error) {
		return jsonError(error);
	}
};
