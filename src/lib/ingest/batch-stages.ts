/** An item of a batch whose stage threw: the error, kept for that item alone. */
export class StageFailure {
	readonly error: unknown;
	constructor(error: unknown) {
		this.error = error;
	}
}

/** An item of a batch: the result of its last stage, or how it failed. */
export type Staged<T> = T | StageFailure;

/**
 * Runs one stage over every item of a batch that has not failed, in order. An item whose call
 * throws becomes a `StageFailure` and is skipped by later stages; the other items go on. Running a
 * batch stage by stage (every item through one stage, then the next stage) keeps each stage's code
 * and tables in the processor's caches, where item by item every stage evicts the one before.
 */
export function runStage<T, U>(
	items: readonly Staged<T>[],
	stage: (item: T, index: number) => U,
): Staged<U>[] {
	return items.map((item, index) => {
		if (item instanceof StageFailure) return item;
		try {
			return stage(item, index);
		} catch (error) {
			return new StageFailure(error);
		}
	});
}

/** The value of an item that went through every stage; its error, rethrown, otherwise. */
export function unwrapStaged<T>(item: Staged<T>): T {
	if (item instanceof StageFailure) throw item.error;
	return item;
}
