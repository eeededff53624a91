// @citation-js ships no type declarations; these cover the calls jucuo makes.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		format(format: string, options?: Record<string, unknown>): string;
	}
	export const plugins: {
		config: { get(name: string): Record<string, Record<string, unknown>> };
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
