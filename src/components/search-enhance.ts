/** How long typing must pause before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The attribute that marks the parts of /search the script swaps for their newer server rendering. */
const REGION = 'data-search-region';

let searchId = 0;

/** The /search query string for the form's current fields (page 1: a new query starts over). */
function formQuery(form: HTMLFormElement): string {
	const params = new URLSearchParams();
	for (const [name, value] of new FormData(form)) {
		if (typeof value === 'string' && (name !== 'q' || value.trim() !== ''))
			params.append(name, value);
	}
	return params.toString();
}

/** Replaces every marked region of the page with the region of the same name in `next`. */
function swapRegions(next: Document): boolean {
	const current = document.querySelectorAll<HTMLElement>(`[${REGION}]`);
	let swapped = 0;
	for (const region of current) {
		const name = region.getAttribute(REGION) ?? '';
		const fresh = next.querySelector(`[${REGION}="${CSS.escape(name)}"]`);
		if (!fresh) continue;
		region.replaceWith(document.adoptNode(fresh));
		swapped++;
	}
	return swapped > 0;
}

/** Shows the no-results state in place of the results and facets (text nodes only). */
function showNoResults(): void {
	const results = document.querySelector(`[${REGION}="results"]`);
	const notice = document.createElement('div');
	notice.className = 'notice';
	const p = document.createElement('p');
	const strong = document.createElement('strong');
	strong.textContent = '没有找到匹配的结果。';
	p.append(strong, ' 检索暂时失败,请稍后再试或按“检索”按钮重新提交。');
	notice.append(p);
	results?.replaceChildren(notice);
	document.querySelector(`[${REGION}="facets"]`)?.replaceChildren();
}

/** Puts `text` into the polite live region so screen readers hear the new total. */
function announce(text: string): void {
	const live = document.getElementById('search-announce');
	if (live) live.textContent = text.replace(/\s+/g, ' ').trim();
}

/** How a finished search changes the history: a new entry, the current one, or none (Back/Forward). */
type HistoryMode = 'push' | 'replace' | 'none';

/**
 * Fetches the server-rendered /search page for `query` and swaps its result, total and facet
 * regions into this page; a response older than the latest request is dropped.
 */
async function runSearch(query: string, mode: HistoryMode): Promise<void> {
	const mine = ++searchId;
	const url = `/search${query ? `?${query}` : ''}`;
	document.querySelector(`[${REGION}="results"]`)?.setAttribute('aria-busy', 'true');
	try {
		const res = await fetch(url, { headers: { accept: 'text/html' } });
		if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
		const html = await res.text();
		if (mine !== searchId) return; // a newer search superseded this one
		const next = new DOMParser().parseFromString(html, 'text/html');
		if (!swapRegions(next)) throw new Error(`${url} has no search regions`);
		document.title = next.title;
		if (mode === 'push' && url !== `${location.pathname}${location.search}`)
			history.pushState(null, '', url);
		else if (mode !== 'none') history.replaceState(null, '', url);
		announce(document.getElementById('total')?.textContent ?? '');
	} catch (error: unknown) {
		if (mine !== searchId) return;
		console.error('[search] live search failed', error);
		showNoResults();
		announce('没有找到匹配的结果');
	} finally {
		if (mine === searchId)
			document.querySelector(`[${REGION}="results"]`)?.removeAttribute('aria-busy');
	}
}

/**
 * Progressive enhancement of /search: typing in the query box (debounced), changing the
 * collection or submitting the form updates results, total and facets in place. Each search adds a
 * history entry (the pauses within one burst of typing update that entry instead of adding more),
 * so Back returns to the previous search, which is shown again in place. Without this script the
 * form submits as a plain GET.
 */
export function enhanceSearch(): void {
	const form = document.querySelector<HTMLFormElement>('form.search');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	if (!form || !input || !document.querySelector(`[${REGION}]`)) return;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let last = formQuery(form);
	// Within one burst of typing only the first search adds a history entry.
	let typing = false;
	const schedule = (delay: number, fromTyping: boolean) => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			const query = formQuery(form);
			if (query === last) return;
			last = query;
			void runSearch(query, fromTyping && typing ? 'replace' : 'push');
			typing = fromTyping;
		}, delay);
	};
	window.addEventListener('popstate', () => {
		clearTimeout(timer);
		typing = false;
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		last = params.toString();
		void runSearch(last, 'none');
	});
	input.addEventListener('blur', () => (typing = false));
	// An IME (pinyin) fires input events with half-composed text; search once the word is chosen.
	input.addEventListener('input', (event) => {
		if (!(event instanceof InputEvent && event.isComposing)) schedule(SEARCH_DEBOUNCE_MS, true);
	});
	input.addEventListener('compositionend', () => schedule(SEARCH_DEBOUNCE_MS, true));
	form.querySelector('select')?.addEventListener('change', () => schedule(0, false));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		typing = false;
		last = formQuery(form);
		void runSearch(last, 'push');
	});
}
