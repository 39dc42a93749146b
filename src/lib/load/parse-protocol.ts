/** Messages between the page and the report-parsing worker (parse.worker.ts, parse-client.ts). */
import type { AnnualReport, Finding } from '../report/schema';
import type { BytesFile, ReportOutcome } from './reports';

export type ToWorker =
	/** Parse one batch of report files (bytes transferred). */
	| { type: 'parse'; batch: number; files: BytesFile[] }
	/** Run every rule over the kept records (cross-year rules need them all). */
	| { type: 'check'; records: AnnualReport[] };

export type FromWorker =
	/** One file of the current batch is done (for the progress bar). */
	| { type: 'file'; batch: number; name: string }
	| { type: 'parsed'; batch: number; outcomes: ReportOutcome[] }
	| { type: 'checked'; records: AnnualReport[]; findings: Finding[] }
	| { type: 'error'; message: string };
