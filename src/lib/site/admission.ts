/** One admitted request: wait for `ready`, call `release` when done (or when the client left). */
export interface Ticket {
	ready: Promise<void>;
	release(): void;
}

/** Admission control: `running` requests at once, `queue` more waiting in order. */
export interface Admission {
	/** A ticket, or null when both are full: the caller sheds the request at once. */
	enter(): Ticket | null;
	running(): number;
	waiting(): number;
}

/**
 * Bounds the work one server process takes on. Beyond `maxRunning` requests a request waits, and
 * beyond `maxQueue` waiting it is refused at once: a burst costs its extra clients a quick 503
 * instead of everyone a multi-second wait. A waiting ticket released before its turn (the client
 * went away) leaves the queue.
 */
export function createAdmission(maxRunning: number, maxQueue: number): Admission {
	let running = 0;
	const queue: { start: () => void }[] = [];
	const next = () => {
		while (running < maxRunning && queue.length > 0) {
			running++;
			queue.shift()!.start();
		}
	};
	return {
		enter() {
			if (running < maxRunning) {
				running++;
				let done = false;
				return {
					ready: Promise.resolve(),
					release() {
						if (done) return;
						done = true;
						running--;
						next();
					},
				};
			}
			if (queue.length >= maxQueue) return null;
			let started = false;
			let done = false;
			let resolve!: () => void;
			const entry = {
				start: () => {
					started = true;
					resolve();
				},
			};
			queue.push(entry);
			return {
				ready: new Promise<void>((r) => (resolve = r)),
				release() {
					if (done) return;
					done = true;
					if (!started) {
						queue.splice(queue.indexOf(entry), 1);
						return;
					}
					running--;
					next();
				},
			};
		},
		running: () => running,
		waiting: () => queue.length,
	};
}
