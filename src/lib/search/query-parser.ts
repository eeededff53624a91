/** One unit of a user query. */
interface QueryTerm {
	/** `word`: free words; `phrase`: quoted, must occur as written; `prefix`: `词*`. */
	kind: 'word' | 'phrase' | 'prefix';
	/** The text without quotes or the trailing `*`. */
	text: string;
}

const QUOTES: Record<string, string> = {
	'"': '"',
	'“': '”',
	'”': '“',
	'「': '」',
	'『': '』',
	'＂': '＂',
};

/**
 * Parses a query into words, "quoted phrases" (ASCII, “中文”, 「」 quotes) and prefixes (`词*`).
 * Anything else is plain text: FTS operators, parentheses and stray quotes carry no meaning.
 * An unclosed quote makes the rest of the query one phrase.
 */
export function parseQuery(query: string): QueryTerm[] {
	const terms: QueryTerm[] = [];
	let i = 0;
	const s = query.normalize('NFC');
	while (i < s.length) {
		const ch = s[i]!;
		if (/\s/u.test(ch)) {
			i++;
			continue;
		}
		const close = QUOTES[ch];
		if (close !== undefined) {
			let end = s.indexOf(close, i + 1);
			if (close !== ch && end === -1) end = s.indexOf(ch, i + 1);
			if (end === -1) end = s.length;
			const text = s.slice(i + 1, end).trim();
			if (text !== '') terms.push({ kind: 'phrase', text });
			i = end + 1;
			continue;
		}
		let end = i;
		while (end < s.length && !/\s/u.test(s[end]!) && QUOTES[s[end]!] === undefined) end++;
		const word = s.slice(i, end);
		i = end;
		if (word.length > 1 && (word.endsWith('*') || word.endsWith('＊'))) {
			terms.push({ kind: 'prefix', text: word.replace(/[*＊]+$/u, '') });
		} else {
			terms.push({ kind: 'word', text: word });
		}
	}
	return terms;
}
