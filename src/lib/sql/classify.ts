/**
 * The SQL console's gate (pure): is this text exactly one read-only query? DuckDB's own lexical rules are followed
 * where they decide what is code and what is not: `--` and nested block comments, '…' strings ('' escapes; E'…'
 * with backslash escapes), "…" identifiers ("" escapes), $$…$$ and $tag$…$tag$ strings. Only the code outside them
 * is looked at, so a keyword in a comment, a string or a quoted name never changes the verdict.
 *
 * Allow-list, so unknown statement kinds fail closed: a run is one statement whose leading keyword is a query
 * (SELECT, WITH … SELECT, FROM, VALUES, TABLE, SHOW, DESCRIBE, SUMMARIZE, PIVOT, UNPIVOT, or EXPLAIN [ANALYZE] of
 * one of these). A writing keyword at the start of a nested statement (`WITH d AS (DELETE …)`) or SELECT … INTO is
 * refused as well. The database is locked down besides (src/lib/db/database.ts), and src/lib/db/console.ts runs
 * the statement inside `SELECT … FROM (…)` as one prepared statement, so DuckDB's parser checks the verdict again.
 */

export type TokenKind = 'word' | 'string' | 'ident' | 'comment' | 'punct' | 'space' | 'number' | 'param';

export interface Token {
	kind: TokenKind;
	text: string;
	start: number;
}

/** Why a text cannot be run. `kinds` names the statement kinds found (upper case, e.g. `DROP VIEW`). */
export type Refusal =
	| { reason: 'empty' }
	| { reason: 'unterminated'; what: 'string' | 'comment' | 'identifier' }
	| { reason: 'unbalanced' }
	| { reason: 'multiple'; kinds: string[] }
	| { reason: 'refused'; kind: string };

export type Verdict =
	| { ok: true; kind: string; explain: null | { analyze: boolean }; query: string }
	| ({ ok: false } & Refusal);

/** Leading keywords of read-only queries (DuckDB 1.4). */
export const QUERY_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'SHOW', 'DESCRIBE', 'SUMMARIZE', 'PIVOT', 'UNPIVOT'] as const;
const QUERY = new Set<string>(QUERY_KEYWORDS);

/** Keywords that begin a writing, attaching, configuring or transaction statement (named with their object word). */
const WRITING = new Set([
	'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'COPY', 'CREATE', 'DROP', 'ALTER', 'ATTACH', 'DETACH', 'USE',
	'INSTALL', 'LOAD', 'FORCE', 'SET', 'RESET', 'PRAGMA', 'CALL', 'EXPORT', 'IMPORT', 'CHECKPOINT', 'VACUUM',
	'ANALYZE', 'BEGIN', 'START', 'COMMIT', 'END', 'ROLLBACK', 'ABORT', 'SAVEPOINT', 'RELEASE', 'PREPARE', 'EXECUTE',
	'DEALLOCATE', 'COMMENT', 'GRANT', 'REVOKE'
]);
/**
 * Statements that could be written as a nested statement, `(DELETE …)`: refused right after an opening parenthesis.
 * (Transaction and configuration keywords are left out: words like `start` or `end` are common column names, and
 * those statements cannot be nested anyway.)
 */
const NESTED_WRITING = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'COPY', 'CREATE', 'DROP', 'ALTER', 'ATTACH', 'DETACH', 'INSTALL', 'LOAD', 'PRAGMA', 'CALL']);
/** Second words worth naming in a message (`DROP VIEW`, `CREATE TABLE`, `BEGIN TRANSACTION`). */
const OBJECT_WORDS = new Set([
	'TABLE', 'VIEW', 'MACRO', 'FUNCTION', 'SCHEMA', 'SEQUENCE', 'INDEX', 'TYPE', 'DATABASE', 'SECRET', 'TRANSACTION',
	'INTO', 'OR', 'TEMP', 'TEMPORARY', 'PERSISTENT', 'VARIABLE', 'GLOBAL', 'SESSION', 'LOCAL', 'ALL'
]);

const isWordStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c);
const isWordChar = (c: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

/** Splits `sql` into tokens (every character belongs to one). Throws on an unterminated string, comment or name. */
export function tokenize(sql: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	const push = (kind: TokenKind, end: number) => {
		out.push({ kind, text: sql.slice(i, end), start: i });
		i = end;
	};
	while (i < sql.length) {
		const c = sql[i]!;
		const next = sql[i + 1] ?? '';
		if (/\s/.test(c)) {
			let j = i + 1;
			while (j < sql.length && /\s/.test(sql[j]!)) j++;
			push('space', j);
		} else if (c === '-' && next === '-') {
			const nl = sql.indexOf('\n', i);
			push('comment', nl < 0 ? sql.length : nl);
		} else if (c === '/' && next === '*') {
			push('comment', blockCommentEnd(sql, i));
		} else if (c === "'" || ((c === 'E' || c === 'e') && next === "'")) {
			push('string', stringEnd(sql, c === "'" ? i : i + 1, c !== "'"));
		} else if (c === '"') {
			push('ident', quotedEnd(sql, i, '"', 'identifier'));
		} else if (c === '$') {
			const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
			if (tag) {
				const close = sql.indexOf(tag[0], i + tag[0].length);
				if (close < 0) throw new UnterminatedError('string');
				push('string', close + tag[0].length);
			} else {
				let j = i + 1;
				while (j < sql.length && /[A-Za-z0-9_]/.test(sql[j]!)) j++;
				push('param', j);
			}
		} else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next))) {
			let j = i + 1;
			while (j < sql.length && /[0-9A-Za-z_.]/.test(sql[j]!)) j++;
			push('number', j);
		} else if (isWordStart(c)) {
			let j = i + 1;
			while (j < sql.length && isWordChar(sql[j]!)) j++;
			push('word', j);
		} else {
			push('punct', i + 1);
		}
	}
	return out;
}

export class UnterminatedError extends Error {
	constructor(readonly what: 'string' | 'comment' | 'identifier') {
		super(`unterminated ${what}`);
		this.name = 'UnterminatedError';
	}
}

/** End (exclusive) of a block comment starting at `i`; block comments nest, as in DuckDB (PostgreSQL's lexer). */
function blockCommentEnd(sql: string, i: number): number {
	let depth = 0;
	let j = i;
	while (j < sql.length) {
		if (sql.startsWith('/*', j)) {
			depth++;
			j += 2;
		} else if (sql.startsWith('*/', j)) {
			depth--;
			j += 2;
			if (depth === 0) return j;
		} else j++;
	}
	throw new UnterminatedError('comment');
}

/** End (exclusive) of a '…' string whose quote is at `q`; `escapes`: E'…', where a backslash escapes a character. */
function stringEnd(sql: string, q: number, escapes: boolean): number {
	let j = q + 1;
	while (j < sql.length) {
		const c = sql[j]!;
		if (escapes && c === '\\') j += 2;
		else if (c === "'" && sql[j + 1] === "'") j += 2;
		else if (c === "'") return j + 1;
		else j++;
	}
	throw new UnterminatedError('string');
}

function quotedEnd(sql: string, q: number, quote: string, what: 'identifier'): number {
	let j = q + 1;
	while (j < sql.length) {
		if (sql[j] === quote && sql[j + 1] === quote) j += 2;
		else if (sql[j] === quote) return j + 1;
		else j++;
	}
	throw new UnterminatedError(what);
}

const isCode = (t: Token) => t.kind !== 'space' && t.kind !== 'comment';

/** The statements of `tokens`, split at `;` (as DuckDB does), without empty ones (only spaces and comments). */
export function splitStatements(tokens: readonly Token[]): Token[][] {
	const out: Token[][] = [];
	let cur: Token[] = [];
	for (const t of tokens) {
		if (t.kind === 'punct' && t.text === ';') {
			out.push(cur);
			cur = [];
		} else cur.push(t);
	}
	out.push(cur);
	return out.filter((s) => s.some(isCode));
}

const upper = (t: Token | undefined) => (t && t.kind === 'word' ? t.text.toUpperCase() : '');

/** `DROP VIEW`, `CREATE OR REPLACE`, `SELECT`: the statement's leading keyword, with its object word if any. */
function kindName(code: readonly Token[], at: number): string {
	const first = upper(code[at]) || code[at]?.text || '';
	const second = upper(code[at + 1]);
	return second && OBJECT_WORDS.has(second) && WRITING.has(first) ? `${first} ${second}` : first;
}

/** The main statement keyword of `WITH …` (after the CTE list), or null when there is none. */
function afterCtes(code: readonly Token[], at: number): number | null {
	let depth = 0;
	let sawBody = false;
	for (let k = at + 1; k < code.length; k++) {
		const t = code[k]!;
		if (t.text === '(') depth++;
		else if (t.text === ')') {
			depth--;
			if (depth === 0) sawBody = true;
		} else if (depth === 0 && sawBody && t.kind === 'word' && t.text !== ',') {
			const w = t.text.toUpperCase();
			if (w !== 'AS' && w !== 'NOT' && w !== 'MATERIALIZED' && w !== 'RECURSIVE' && w !== 'USING' && w !== 'KEY') return k;
		} else if (depth === 0 && t.text === ',') sawBody = false;
	}
	return null;
}

/** Verdict on one statement's tokens. */
function classifyStatement(tokens: readonly Token[]): Verdict {
	const code = tokens.filter(isCode);
	let at = 0;
	let explain: null | { analyze: boolean } = null;
	if (upper(code[0]) === 'EXPLAIN') {
		explain = { analyze: upper(code[1]) === 'ANALYZE' };
		at = explain.analyze ? 2 : 1;
	}
	const queryStart = at;
	while (code[at]?.text === '(') at++;
	const lead = upper(code[at]);
	if (!QUERY.has(lead)) return { ok: false, reason: 'refused', kind: kindName(code, at) || (code[at]?.text ?? '') };
	if (lead === 'WITH') {
		const main = afterCtes(code, at);
		if (main !== null && !QUERY.has(upper(code[main]))) return { ok: false, reason: 'refused', kind: `WITH … ${kindName(code, main)}` };
	}
	let depth = 0;
	for (const [k, t] of code.entries()) {
		if (t.text === '(') depth++;
		else if (t.text === ')') depth--;
		if (depth < 0) return { ok: false, reason: 'unbalanced' };
		const w = upper(t);
		if (w && code[k - 1]?.text === '(' && NESTED_WRITING.has(w)) return { ok: false, reason: 'refused', kind: kindName(code, k) };
		if (w === 'INTO') return { ok: false, reason: 'refused', kind: 'SELECT INTO' };
	}
	if (depth !== 0) return { ok: false, reason: 'unbalanced' };
	const from = code[queryStart];
	const last = code[code.length - 1];
	if (!from || !last) return { ok: false, reason: 'empty' };
	const source = tokens.map((t) => t.text).join('');
	const offset = tokens[0]!.start;
	const query = source.slice(from.start - offset, last.start - offset + last.text.length);
	return { ok: true, kind: explain ? (explain.analyze ? 'EXPLAIN ANALYZE' : 'EXPLAIN') : lead, explain, query };
}

/**
 * The verdict on a console text: ok with the statement kind and the query to run (without the trailing `;`,
 * comments around it dropped; inner comments kept), or why not.
 */
export function classify(sql: string): Verdict {
	let tokens: Token[];
	try {
		tokens = tokenize(sql);
	} catch (e) {
		if (e instanceof UnterminatedError) return { ok: false, reason: 'unterminated', what: e.what };
		throw e;
	}
	const statements = splitStatements(tokens);
	if (statements.length === 0) return { ok: false, reason: 'empty' };
	if (statements.length > 1) {
		const kinds = statements.map((s) => {
			const v = classifyStatement(s);
			return v.ok ? v.kind : v.reason === 'refused' ? v.kind : '?';
		});
		return { ok: false, reason: 'multiple', kinds };
	}
	return classifyStatement(statements[0]!);
}
