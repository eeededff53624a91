import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';
import { withCompileCache } from './compile-cache.ts';

/** Runs requests on worker threads that each answer with `answerRequests`. */
interface WorkerPool<Request, Response> {
	/** Sends `request` to the least busy thread; rejects with the thread's error. */
	run(request: Request): Promise<Response>;
	/** Settles once every thread has loaded its module (its dictionary, say) and listens. */
	ready: Promise<void>;
	close(): Promise<void>;
}

type Reply<Response> =
	| { id: number; result: Response }
	| { id: number; error: { name: string; message: string } }
	| { ready: true };

/** Restarts of dead threads a pool allows per thread slot before it gives up. */
const RESTARTS_PER_THREAD = 3;

/**
 * Starts `size` threads of `script` (a module that calls `answerRequests`), each within
 * `resourceLimits` when given. Each thread keeps its own
 * state (e.g. a jieba dictionary), so work that needs process-wide native state scales over cores.
 * A thread that dies (an uncaught error, `process.exit`, running out of memory) rejects the requests
 * it held with the reason and is replaced by a fresh one, so later requests never wait on a dead
 * thread; after a few deaths per thread the pool stops and rejects every request with the reason.
 */
export function createWorkerPool<Request, Response>(
	script: URL,
	size: number,
	workerData?: unknown,
	resourceLimits?: ResourceLimits,
): WorkerPool<Request, Response> {
	const pending = new Map<
		number,
		{ resolve: (r: Response) => void; reject: (e: unknown) => void }
	>();
	const busy = new Map<Worker, Set<number>>();
	let next = 0;
	const threads = Math.max(1, size);
	let started = 0;
	let restartsLeft = RESTARTS_PER_THREAD * threads;
	let closing = false;
	let broken: Error | null = null;
	const { promise: ready, resolve: onReady, reject: onFailure } = Promise.withResolvers<void>();
	// Nobody has to wait for `ready`; a failure still reaches the requests' own promises.
	ready.catch(() => undefined);

	const fail = (worker: Worker, error: Error) => {
		const ids = busy.get(worker);
		if (!ids) return;
		busy.delete(worker);
		for (const id of ids) {
			pending.get(id)?.reject(error);
			pending.delete(id);
		}
		if (started < threads) onFailure(error);
		if (closing) return;
		if (restartsLeft-- > 0 && started >= threads) spawn();
		else {
			broken = new Error(
				`The worker threads kept dying (last: ${error.message}), so the pool stopped. ` +
					'Look for the input that crashes them, or run with fewer threads.',
				{ cause: error },
			);
			for (const w of busy.keys()) void w.terminate();
			for (const waiter of pending.values()) waiter.reject(broken);
			pending.clear();
			busy.clear();
		}
	};

	function spawn(): void {
		// Each thread loads its own copy of the modules: the compile cache spares it their compiling.
		const worker = new Worker(script, {
			workerData,
			env: withCompileCache(),
			...(resourceLimits ? { resourceLimits } : {}),
		});
		worker.unref();
		busy.set(worker, new Set());
		worker.on('message', (reply: Reply<Response>) => {
			if ('ready' in reply) {
				if (++started === threads) onReady();
				return;
			}
			busy.get(worker)?.delete(reply.id);
			const waiter = pending.get(reply.id);
			pending.delete(reply.id);
			if ('error' in reply)
				waiter?.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
			else waiter?.resolve(reply.result);
		});
		worker.on('error', (error: unknown) =>
			fail(worker, error instanceof Error ? error : new Error(String(error))),
		);
		worker.on('exit', (code) => {
			if (!closing) fail(worker, new Error(`A worker thread exited with code ${code}`));
		});
	}

	for (let i = 0; i < threads; i++) spawn();
	return {
		run(request) {
			if (broken) return Promise.reject(broken);
			const id = next++;
			const [worker, ids] = [...busy].reduce((a, b) => (b[1].size < a[1].size ? b : a));
			ids.add(id);
			return new Promise<Response>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.postMessage({ id, request });
			});
		},
		ready,
		async close() {
			closing = true;
			await Promise.all([...busy.keys()].map((w) => w.terminate()));
		},
	};
}

/** The thread side of `createWorkerPool`: answers every request with `handle`, errors included. */
export function answerRequests<Request, Response>(
	handle: (request: Request) => Response | Promise<Response>,
): void {
	const port = parentPort;
	if (!port) throw new TypeError('`answerRequests` must run inside a worker thread');
	const answer = async (id: number, request: Request) => {
		try {
			port.postMessage({ id, result: await handle(request) });
		} catch (error) {
			const { name, message } = error instanceof Error ? error : new Error(String(error));
			port.postMessage({ id, error: { name, message } });
		}
	};
	port.on(
		'message',
		({ id, request }: { id: number; request: Request }) => void answer(id, request),
	);
	port.postMessage({ ready: true });
}
