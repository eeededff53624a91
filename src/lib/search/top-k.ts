/** One scored item: an index and its score. */
interface Scored {
	index: number;
	score: number;
}

/**
 * Keeps the best `k` scored items offered, best first, ties to the lower index (which is offered
 * first in a scan). A sorted array with insertion: k is small (tens), so this beats a heap.
 */
export class TopK {
	readonly #k: number;
	readonly #items: Scored[] = [];

	constructor(k: number) {
		this.#k = Math.max(0, Math.floor(k));
	}

	/** Considers one item; cheap when it cannot enter the list. */
	offer(index: number, score: number): void {
		const items = this.#items;
		if (items.length === this.#k && (this.#k === 0 || score <= items[items.length - 1]!.score))
			return;
		let at = items.length;
		while (at > 0 && items[at - 1]!.score < score) at--;
		items.splice(at, 0, { index, score });
		if (items.length > this.#k) items.pop();
	}

	/** The kept items, best first. */
	sorted(): Scored[] {
		return [...this.#items];
	}
}
