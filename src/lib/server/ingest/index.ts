/** Node-only ingest helpers behind `npm run ingest` and `npm run parse` (never imported by browser code). */
export { decodeText, sha256Hex, type DecodedText, type TextEncodingName } from './decode';
export { parseFile, unreadableFile, fileReject, type FileOutcome } from './parse-file';
export { collectInputs, comparePaths, displayPath, uniqueSorted, InputPathError, REPORT_FILE, type InputFile } from './walk';
export { rejectDuplicates } from './dedupe';
export { IngestLog, IngestLogEntry, buildIngestLog, assertComplete, type LogMeta } from './log';
export { ingest, type IngestOptions, type IngestResult } from './run';
export { DEFAULT_OUTPUTS, datasetOutput, jsonOutputs, logOutput, writeOutputs, writeFileAtomic, type OutputWriter } from './outputs';
