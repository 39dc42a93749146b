/**
 * The console's gate: a table of allowed and refused texts (comments, strings, quoted names, dollar quotes, case,
 * several statements), and properties: wrapping comments, strings and quoted names around or inside a refused
 * statement never changes its verdict, and a refused keyword inside them never refuses a query.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, splitStatements, tokenize } from '../../../src/lib/sql/classify';

const ALLOWED: [sql: string, kind: string][] = [
	['SELECT 1', 'SELECT'],
	['select * from reports;', 'SELECT'],
	['  SeLeCt year FROM reports  ;  ', 'SELECT'],
	['-- DROP VIEW reports\nSELECT 1', 'SELECT'],
	['/* DELETE FROM x; */ SELECT 1', 'SELECT'],
	['/* nested /* DROP VIEW x; */ still comment; */ SELECT 1', 'SELECT'],
	["SELECT 'DROP VIEW reports; DELETE' AS s", 'SELECT'],
	["SELECT 'it''s; DROP' AS s", 'SELECT'],
	["SELECT E'a\\'; DROP VIEW reports; --' AS s", 'SELECT'],
	['SELECT $$; DROP VIEW reports;$$ AS s', 'SELECT'],
	['SELECT $tag$ $$; INSERT INTO t $tag$ AS s', 'SELECT'],
	['SELECT "drop; view" FROM (SELECT 1 AS "drop; view")', 'SELECT'],
	['SELECT 1 AS "a""b;"', 'SELECT'],
	['WITH t AS (SELECT 1 AS a) SELECT * FROM t', 'WITH'],
	['WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t', 'WITH'],
	['WITH a AS MATERIALIZED (SELECT 1), b AS (SELECT 2) FROM a, b', 'WITH'],
	['(SELECT 1) UNION ALL (SELECT 2)', 'SELECT'],
	['FROM reports SELECT year', 'FROM'],
	['VALUES (1, 2)', 'VALUES'],
	['TABLE agencies', 'TABLE'],
	['SHOW TABLES', 'SHOW'],
	['DESCRIBE reports', 'DESCRIBE'],
	['SUMMARIZE findings', 'SUMMARIZE'],
	['PIVOT findings ON severity USING count(*) GROUP BY rule', 'PIVOT'],
	['EXPLAIN SELECT 1', 'EXPLAIN'],
	['explain analyze select 1', 'EXPLAIN ANALYZE'],
	['SELECT lower(replace(agency_name, \'a\', \'b\')) FROM reports', 'SELECT'],
	['SELECT year(start) FROM (SELECT DATE \'2020-01-01\' AS start)', 'SELECT'],
	['SELECT update_count, deleted FROM (SELECT 1 AS update_count, 2 AS deleted)', 'SELECT'],
	['SELECT 1 -- trailing comment without newline', 'SELECT']
];

const REFUSED: [sql: string, kind: string][] = [
	['DROP VIEW reports', 'DROP VIEW'],
	['drop view reports;', 'DROP VIEW'],
	['/* SELECT */ DROP TABLE x', 'DROP TABLE'],
	['-- SELECT 1\nDELETE FROM reports', 'DELETE'],
	['INSERT INTO t VALUES (1)', 'INSERT INTO'],
	['UPDATE reports SET year = 1', 'UPDATE'],
	['CREATE TABLE t AS SELECT 1', 'CREATE TABLE'],
	['CREATE OR REPLACE VIEW reports AS SELECT 1', 'CREATE OR'],
	['CREATE MACRO m(x) AS x', 'CREATE MACRO'],
	['ALTER VIEW reports RENAME TO r', 'ALTER VIEW'],
	["ATTACH 'x.duckdb' AS x", 'ATTACH'],
	['DETACH ds_1', 'DETACH'],
	['USE ds_1', 'USE'],
	['INSTALL httpfs', 'INSTALL'],
	['LOAD httpfs', 'LOAD'],
	['FORCE INSTALL httpfs', 'FORCE'],
	["COPY reports TO 'x.csv'", 'COPY'],
	['SET enable_external_access = true', 'SET'],
	['SET VARIABLE x = 1', 'SET VARIABLE'],
	['RESET threads', 'RESET'],
	['PRAGMA enable_profiling', 'PRAGMA'],
	['CALL pragma_version()', 'CALL'],
	["EXPORT DATABASE 'x'", 'EXPORT DATABASE'],
	["IMPORT DATABASE 'x'", 'IMPORT DATABASE'],
	['CHECKPOINT', 'CHECKPOINT'],
	['VACUUM', 'VACUUM'],
	['BEGIN TRANSACTION', 'BEGIN TRANSACTION'],
	['BEGIN', 'BEGIN'],
	['COMMIT', 'COMMIT'],
	['ROLLBACK', 'ROLLBACK'],
	['TRUNCATE reports', 'TRUNCATE'],
	['PREPARE p AS SELECT 1', 'PREPARE'],
	['EXECUTE p', 'EXECUTE'],
	['WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t', 'WITH … INSERT INTO'],
	['WITH t AS (SELECT 1) DELETE FROM x', 'WITH … DELETE'],
	['WITH d AS (DELETE FROM x RETURNING *) SELECT * FROM d', 'DELETE'],
	['SELECT * FROM (DROP VIEW reports)', 'DROP VIEW'],
	['SELECT * INTO t FROM reports', 'SELECT INTO'],
	['EXPLAIN ANALYZE DELETE FROM reports', 'DELETE'],
	['EXPLAIN DROP VIEW reports', 'DROP VIEW'],
	['MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE', 'MERGE INTO'],
	['GRANT SELECT ON reports TO x', 'GRANT']
];

describe('classify: allowed queries', () => {
	it.each(ALLOWED)('%s → %s', (sql, kind) => {
		const v = classify(sql);
		expect(v).toMatchObject({ ok: true, kind });
	});

	it('returns the query without the trailing semicolon and surrounding comments', () => {
		expect(classify('-- lead\nSELECT 1 ; -- tail')).toMatchObject({ ok: true, query: 'SELECT 1' });
		expect(classify('SELECT /* inner */ 1;')).toMatchObject({ ok: true, query: 'SELECT /* inner */ 1' });
		expect(classify('EXPLAIN ANALYZE SELECT 1')).toMatchObject({ ok: true, explain: { analyze: true }, query: 'SELECT 1' });
	});
});

describe('classify: refused statements', () => {
	it.each(REFUSED)('%s → refused %s', (sql, kind) => {
		expect(classify(sql)).toEqual({ ok: false, reason: 'refused', kind });
	});

	it('refuses more than one statement, naming each', () => {
		expect(classify('SELECT 1; DROP VIEW reports')).toEqual({ ok: false, reason: 'multiple', kinds: ['SELECT', 'DROP VIEW'] });
		expect(classify('SELECT 1; SELECT 2;')).toEqual({ ok: false, reason: 'multiple', kinds: ['SELECT', 'SELECT'] });
		expect(classify("SELECT 'a;b'; DELETE FROM x -- ;")).toEqual({ ok: false, reason: 'multiple', kinds: ['SELECT', 'DELETE'] });
	});

	it('refuses nothing to run, unterminated strings, comments and names, unbalanced parentheses', () => {
		expect(classify('')).toEqual({ ok: false, reason: 'empty' });
		expect(classify(' ; -- only a comment\n;/* x */')).toEqual({ ok: false, reason: 'empty' });
		expect(classify("SELECT 'open")).toEqual({ ok: false, reason: 'unterminated', what: 'string' });
		expect(classify("SELECT E'open\\'")).toEqual({ ok: false, reason: 'unterminated', what: 'string' });
		expect(classify('SELECT 1 /* open /* nested */')).toEqual({ ok: false, reason: 'unterminated', what: 'comment' });
		expect(classify('SELECT "open')).toEqual({ ok: false, reason: 'unterminated', what: 'identifier' });
		expect(classify('SELECT $$open')).toEqual({ ok: false, reason: 'unterminated', what: 'string' });
		expect(classify('SELECT (1')).toEqual({ ok: false, reason: 'unbalanced' });
		expect(classify('SELECT 1) AS q, (SELECT 2')).toEqual({ ok: false, reason: 'unbalanced' });
	});
});

describe('tokenize', () => {
	it('keeps every character (tokens join back to the input)', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', ';', '(', ')', '-', '*', '/', '1', '.', ',', '$', 'E', 'é', '表') }), (s) => {
				let tokens;
				try {
					tokens = tokenize(s);
				} catch {
					return true;
				}
				expect(tokens.map((t) => t.text).join('')).toBe(s);
			})
		);
	});

	it('splits statements at semicolons outside strings and comments only', () => {
		expect(splitStatements(tokenize("SELECT ';'; -- ;\nSELECT 2")).length).toBe(2);
		expect(splitStatements(tokenize('SELECT $x$;$x$')).length).toBe(1);
	});
});

// Text that hides anything (including refused keywords and semicolons) from the classifier, as DuckDB's lexer does.
const NOISE_TEXT = fc.constantFrom('DROP VIEW reports; ', 'SELECT 1; ', 'DELETE FROM x', "it's", '; INSERT INTO t', '*/ no', '', '表 二');
const hiding = NOISE_TEXT.chain((inner) =>
	fc.constantFrom(
		// comments (a line comment needs its newline; a block comment may not contain */ unless nested)
		`-- ${inner.replaceAll('\n', ' ')}\n`,
		`/* ${inner.replaceAll('*/', '* /')} */`,
		`/* outer /* ${inner.replaceAll('*/', '* /')} */ */`,
		// strings and quoted names, as expressions in a query they are harmless
		`'${inner.replaceAll("'", "''")}'`,
		`E'${inner.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
		`$$${inner.replaceAll('$$', '$ $')}$$`,
		`$q$${inner.replaceAll('$q$', '$ q$')}$q$`,
		`"${inner.replaceAll('"', '""')}"`
	)
);
const isComment = (s: string) => s.startsWith('--') || s.startsWith('/*');

describe('classify: comments and strings never change a verdict', () => {
	const refusedStatements = REFUSED.filter(([sql]) => !sql.startsWith('WITH d') && !sql.startsWith('SELECT')).map(([sql, kind]) => ({ words: sql.replace(/;$/, '').split(' '), kind }));

	// Statements that carry no comment or string of their own: splitting those at spaces and putting a comment between
	// two pieces would change the program (a `--` line comment ended early by the inserted comment's line break
	// turns commented-out text into code), so they cannot take part in this property.
	const plainRefused = refusedStatements.filter((s) => !s.words.some((w) => /--|\/\*|'|"|\$/.test(w)));

	it('a refused statement with comments between its words stays refused with the same kind', () => {
		fc.assert(
			fc.property(fc.constantFrom(...plainRefused), fc.array(hiding.filter(isComment), { minLength: 1, maxLength: 6 }), fc.nat(), (stmt, comments, seed) => {
				const words = [...stmt.words];
				// Put each comment between two words (or before the first / after the last).
				for (const [k, c] of comments.entries()) {
					const at = (seed + k * 7) % (words.length + 1);
					words.splice(at, 0, c);
				}
				const sql = words.join(' ');
				expect(classify(sql), sql).toEqual({ ok: false, reason: 'refused', kind: stmt.kind });
			}),
			{ numRuns: 2000 }
		);
	});

	it('a query with refused keywords and semicolons inside comments, strings or quoted names stays allowed', () => {
		fc.assert(
			fc.property(fc.array(hiding, { minLength: 1, maxLength: 4 }), (parts) => {
				// Expressions for strings/names (select list), comments anywhere between words.
				const exprs = parts.filter((p) => !isComment(p));
				const comments = parts.filter(isComment);
				const select = exprs.length ? exprs.map((e, i) => (e.startsWith('"') ? `1 AS ${e}` : `${e} AS c${i}`)).join(', ') : '1';
				const sql = `${comments.join(' ')} SELECT ${select} ${comments.join(' ')}`;
				expect(classify(sql), sql).toMatchObject({ ok: true, kind: 'SELECT' });
			})
		);
	});

	it('a refused statement after a query in the same text is always refused (several statements)', () => {
		fc.assert(
			fc.property(fc.array(hiding, { maxLength: 3 }), fc.constantFrom(...refusedStatements), (parts, stmt) => {
				const sql = `SELECT ${parts.filter((p) => !isComment(p)).map((p, i) => (p.startsWith('"') ? `1 AS ${p}` : `${p} AS c${i}`)).join(', ') || '1'}; ${stmt.words.join(' ')}`;
				expect(classify(sql), sql).toEqual({ ok: false, reason: 'multiple', kinds: ['SELECT', stmt.kind] });
			})
		);
	});
});
