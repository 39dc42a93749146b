/**
 * The browser query layer (DESIGN.md §1 "query"): DuckDB-wasm behind one lazy init promise, the dataset as four
 * views, and named queries with typed rows. Typical use in a component:
 *
 *   const { runner } = await getDatabase();            // in onMount / an event handler, never at module top level
 *   const rows = await runner.query(overviewKpis, { yearFrom: 2019, yearTo: 2025 });
 *
 * Loading data is src/lib/load (`ensureDataset`, `loadDataset`).
 */
export { getDatabase } from './wasm-runner';
export type { Database } from './database';
export { DatasetError, type DatasetCounts, type DatasetInfo, type DatasetOrigin } from './catalog';
export { QueryError, createQueryRunner, type QueryRunner } from './runner';
export * from './queries';
export { probeQueries, type ProbeResult } from './probe';
