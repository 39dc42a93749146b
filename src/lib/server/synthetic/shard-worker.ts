/** Worker-thread entry of a synthetic shard (write.ts `writeSynthetic` with `workers` > 1). */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistry } from '../registry';
import { planAgencies } from './agencies';
import { writeShard, type ShardJob, type ShardMessage } from './write';

const job = workerData as ShardJob;
const post = (m: ShardMessage) => parentPort!.postMessage(m);
const cancel = new Int32Array(job.cancel);
try {
	const plan = planAgencies(loadRegistry().divisions, job.opts.agencies, job.opts.seed).slice(job.from, job.to);
	const stats = await writeShard(job.file, job.opts, plan, {
		memoryLimit: job.memoryLimit,
		progressEvery: job.progressEvery,
		progress: (agencies, reports) => post({ type: 'progress', agencies, reports }),
		cancelled: () => Atomics.load(cancel, 0) === 1
	});
	post({ type: 'done', stats });
} catch (e) {
	post({ type: 'error', message: e instanceof Error ? e.message : String(e), ...(e instanceof Error && e.stack ? { stack: e.stack } : {}) });
}
