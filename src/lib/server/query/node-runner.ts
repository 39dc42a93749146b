/**
 * A QueryRunner over @duckdb/node-api (Node only): a dataset's gongkai.duckdb attached read-only behind the four
 * views the browser's catalog has (reports, cells, findings, agencies), the macros every named query uses and the
 * tables derived from the dataset (derived.sql). The same named queries then run here as in the browser: at build
 * time (the overview's first paint) and in SQL tests.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Param } from '../../db/engine';
import type { PlainRow } from '../../db/plain';
import { DERIVED_SQL, MACROS_SQL } from '../../db/queries';
import { createQueryRunner, type QueryRunner } from '../../db/runner';

export interface NodeDatabase {
	runner: QueryRunner;
	conn: DuckDBConnection;
	close(): void;
}

/** Opens `file` (a gongkai.duckdb) read-only in an in-memory DuckDB with one thread. */
export async function openNode(file: string): Promise<NodeDatabase> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	await conn.run(`ATTACH '${file.replaceAll("'", "''")}' AS g (READ_ONLY)`);
	for (const t of ['reports', 'cells', 'findings', 'agencies']) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM g.${t}`);
	await conn.run(MACROS_SQL);
	await conn.run(DERIVED_SQL);
	const execute = async (sql: string, params: readonly Param[]): Promise<PlainRow[]> => {
		const stmt = await conn.prepare(sql);
		stmt.bind([...params]);
		return (await stmt.runAndReadAll()).getRowObjectsJS() as PlainRow[];
	};
	return {
		runner: createQueryRunner(execute),
		conn,
		close: () => {
			conn.closeSync();
			instance.closeSync();
		}
	};
}
