// Text parsing as cppjieba and its limonp helpers do it, so the port reads its files identically.

/** limonp::Split: pieces between single separators; a trailing separator adds no empty piece. */
export function limonpSplit(line: string, separator: string): string[] {
	const out: string[] = [];
	for (let start = 0; start < line.length;) {
		const end = line.indexOf(separator, start);
		if (end === -1) {
			out.push(line.slice(start));
			break;
		}
		out.push(line.slice(start, end));
		start = end + 1;
	}
	return out;
}

/** C's atoi: leading whitespace, an optional sign, then digits; anything else gives 0. */
export function atoi(text: string): number {
	const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
	return m ? Number.parseInt(m[1]!, 10) : 0;
}

/** C's atof for the decimal numbers these files hold; 0 where nothing parses. */
export function atof(text: string): number {
	const value = Number.parseFloat(text.trimStart());
	return Number.isNaN(value) ? 0 : value;
}

/** The lines std::getline reads from a whole file: no extra empty line after a final newline. */
export function getLines(text: string): string[] {
	const all = text.split('\n');
	if (all.at(-1) === '') all.pop();
	return all;
}
