import { METHOD_LABELS } from '../lib/site/labels.ts';
import { formatDate } from '../lib/site/format.ts';
import type { SimilarResult } from '../lib/search/types.ts';

let requestId = 0;

/** Renders a similar-measures answer into `target` with DOM text nodes only (never innerHTML). */
function renderSimilar(target: HTMLElement, result: SimilarResult, sourceText: string): void {
	const info = document.createElement('p');
	info.className = 'small muted';
	info.dataset['method'] = result.method;
	info.append(
		`参照举措:“${sourceText.length > 40 ? `${sourceText.slice(0, 40)}…` : sourceText}”`,
		document.createElement('br'),
		`相似度方法:${METHOD_LABELS[result.method]}`,
	);
	target.replaceChildren(info);
	if (result.hits.length === 0) {
		const p = document.createElement('p');
		p.className = 'muted';
		p.textContent = '其他地区暂无类似举措。';
		target.append(p);
		return;
	}
	const list = document.createElement('ol');
	list.className = 'similar-hits';
	for (const hit of result.hits) {
		const li = document.createElement('li');
		const a = document.createElement('a');
		a.href = `/articles/${hit.articleId}#${hit.id}`;
		a.textContent = hit.region.name;
		const when = document.createElement('span');
		when.className = 'small muted';
		when.textContent = ` · ${formatDate(hit.date, hit.document.datePrecision)}`;
		const text = document.createElement('p');
		text.className = 'small';
		text.textContent = hit.snippet.map((s) => s.text).join('') || hit.title;
		li.append(a, when, text);
		if ('articleTitle' in hit.document) {
			const from = document.createElement('p');
			from.className = 'small muted similar-from';
			from.textContent = `出自《${hit.document.articleTitle}》`;
			li.append(from);
		}
		list.append(li);
	}
	target.append(list);
}

/** Progressive enhancement of the article page: copy the citation; load similar measures in place. */
export function enhanceArticle(): void {
	const copy = document.querySelector<HTMLButtonElement>('button.copy');
	const citation = document.getElementById('citation');
	if (copy && citation && navigator.clipboard) {
		copy.hidden = false;
		copy.addEventListener('click', () => {
			navigator.clipboard.writeText(citation.textContent ?? '').then(
				() => (copy.textContent = '已复制'),
				(error: unknown) => console.error('[site] copy failed', error),
			);
		});
	}
	const target = document.getElementById('similar-body');
	if (!target) return;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a.similar-link')) {
		link.addEventListener('click', (event) => {
			event.preventDefault();
			const id = link.dataset['measure'] ?? '';
			const mine = ++requestId;
			target.setAttribute('aria-busy', 'true');
			const sourceText = link.closest('li')?.querySelector('p')?.textContent ?? '';
			fetch(
				`/api/similar?collection=measures&id=${encodeURIComponent(id)}&exclude=${encodeURIComponent(link.dataset['exclude'] ?? '')}&limit=8&spread=province`,
			)
				.then(async (res) => {
					if (!res.ok) throw new Error(`HTTP ${res.status}`);
					return (await res.json()) as SimilarResult;
				})
				.then((result) => {
					if (mine !== requestId) return; // a newer request superseded this one
					renderSimilar(target, result, sourceText);
					history.replaceState(null, '', `?similar=${encodeURIComponent(id)}#similar`);
					document.getElementById('similar')?.scrollIntoView({ block: 'start' });
				})
				.catch((error: unknown) => {
					console.error('[search] similar failed', error);
					window.location.href = link.href;
				})
				.finally(() => target.removeAttribute('aria-busy'));
		});
	}
}
