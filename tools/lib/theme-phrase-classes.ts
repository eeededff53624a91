/** A class of articles to re-read, named by the phrases an article's headline or lead holds. */
export interface PhraseClass {
	/** Name printed with the counts. */
	name: string;
	/** The class matches when every phrase of one alternative appears. */
	alternatives: string[][];
}

/**
 * `name=a+b|c;name2=d` → classes: `|` separates alternatives, `+` phrases that must all appear.
 * @throws {TypeError} when a class has no name or no phrases.
 */
export function readPhraseClasses(list: string): PhraseClass[] {
	return list
		.split(';')
		.filter((part) => part.trim() !== '')
		.map((part) => {
			const [name = '', phrases = ''] = part.split('=');
			const alternatives = phrases
				.split('|')
				.map((alt) => alt.split('+').filter((p) => p !== ''))
				.filter((alt) => alt.length > 0);
			if (name.trim() === '' || alternatives.length === 0)
				throw new TypeError(`\`${part}\`: a class like 调研=调查研究|蹲点+调研`);
			return { name: name.trim(), alternatives };
		});
}

/** The name of the first class of `classes` that `text` matches, or undefined. */
export function phraseClassOf(text: string, classes: readonly PhraseClass[]): string | undefined {
	return classes.find((c) => c.alternatives.some((alt) => alt.every((p) => text.includes(p))))
		?.name;
}
