import type { FurnitureLine } from './web-pages.ts';
import { chance, fillTemplate, pick, type PageContext } from './web-pages-template.ts';

/** Collects the lines of a page as it is built. */
export class PageWriter {
	readonly lines: string[] = [];
	readonly furniture: FurnitureLine[] = [];
	readonly ctx: PageContext;
	/** Variants already placed, so a family drawn twice (footer lines) shows different ones. */
	readonly #used = new Set<string>();
	constructor(ctx: PageContext) {
		this.ctx = ctx;
	}

	/** Adds one variant of `familyId` (its template filled), one not used yet when there is; with probability `p`. */
	family(familyId: string, p = 1, transform: (line: string) => string = (l) => l): void {
		if (!chance(p, this.ctx.random)) return;
		const family = this.ctx.furniture.families.find((f) => f.id === familyId);
		if (family === undefined) throw new TypeError(`web furniture: no family \`${familyId}\``);
		const fresh = family.variants.filter((v) => !this.#used.has(v));
		const variant = pick(fresh.length > 0 ? fresh : family.variants, this.ctx.random);
		this.#used.add(variant);
		const text = transform(fillTemplate(variant, this.ctx));
		for (const line of text.split('\n')) {
			this.lines.push(line);
			if (line.trim() !== '')
				this.furniture.push({ family: family.id, line: line.trim(), tolerated: family.tolerated });
		}
	}

	/**
	 * Joins every line written so far into one long line (a browser copy that lost the breaks between
	 * menu items), joined by `glue`; the joined line is one furniture line of the family `top-line`.
	 */
	flatten(glue: string): void {
		const joined = this.lines
			.splice(0)
			.map((l) => l.trim())
			.filter((l) => l !== '')
			.join(glue);
		this.furniture.splice(0);
		if (joined === '') return;
		this.lines.push(joined);
		this.furniture.push({ family: 'top-line', line: joined, tolerated: false });
	}

	/** Adds furniture written in code rather than drawn from a family, recorded as `family`; `text` may hold several lines. */
	code(family: string, text: string): void {
		for (const line of text.split('\n')) {
			this.lines.push(line);
			if (line.trim() !== '') this.furniture.push({ family, line: line.trim(), tolerated: false });
		}
	}

	/** Adds a text line that is part of the truth (a title, a paragraph), or a blank line. */
	text(line: string): void {
		this.lines.push(line);
	}
}
