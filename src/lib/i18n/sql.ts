/** Labels of the SQL console (/sql), Chinese and English. */
import type { Refusal } from '../sql/classify';
import { defineMessages, type Lang } from './index';

export const SQL_MESSAGES = defineMessages({
	zh: {
		title: 'SQL 查询',
		intro: '用 SQL 直接查询当前载入的数据集（只读，在本机浏览器中运行，不联网）。Ctrl+Enter 运行。',
		editorLabel: 'SQL 语句',
		run: '运行',
		running: '正在运行…',
		runHint: 'Ctrl+Enter（Mac：⌘+Enter）',
		schema: '表和列',
		schemaHint: '点击列名插入到语句中。',
		examples: '示例查询',
		history: '历史记录',
		historyEmpty: '还没有运行过查询。',
		historyHint: '保存在本设备的浏览器中。',
		clearHistory: '清空',
		result: '结果',
		rows: (n: string) => `${n} 行`,
		elapsed: (ms: string) => `用时 ${ms} 毫秒`,
		truncated: (cap: string) => `结果超过 ${cap} 行，只显示并导出前 ${cap} 行。`,
		exportCsv: '导出 CSV',
		noRows: '查询没有返回任何行。',
		notRun: '语句已载入，按“运行”后执行。',
		loadingDb: '正在启动 DuckDB 并载入数据…',
		dbError: '无法载入数据：',
		queryError: 'DuckDB 报错：',
		refused: '未运行：',
		empty: '没有可运行的语句。',
		unterminated: (what: string) => `语句中有未结束的${what}。`,
		unterminatedWhat: { string: '字符串', comment: '注释', identifier: '带引号的名称' } as Record<string, string>,
		unbalanced: '括号不配对。',
		multiple: (kinds: string) => `一次只能运行一条语句（这里有 ${kinds}）。`,
		refusedKind: (kind: string) => `控制台是只读的，不能运行 ${kind} 语句。只能运行查询：SELECT、WITH、FROM、VALUES、SHOW、DESCRIBE、SUMMARIZE、EXPLAIN、PIVOT。`,
		pivotHint: 'PIVOT 在这里需要写明 IN 列表，例如 ON severity IN (\'error\', \'warning\', \'info\')。',
		nullValue: 'NULL',
		emptyString: '（空字符串）',
		columnCount: (n: number) => `${n} 列`,
		insert: (name: string) => `插入 ${name}`,
		table: '表',
		column: '列',
		type: '类型',
		label: '含义',
		filterColumns: '筛选列名或含义',
		filterColumnsLabel: '筛选列',
		defaultQuery: '-- 在这里写 SQL，按 Ctrl+Enter 运行\nSELECT year, count(*) AS reports\nFROM reports\nGROUP BY year\nORDER BY year'
	},
	en: {
		title: 'SQL console',
		intro: 'Query the loaded dataset with SQL (read-only, runs in this browser, no network). Ctrl+Enter runs.',
		editorLabel: 'SQL statement',
		run: 'Run',
		running: 'Running…',
		runHint: 'Ctrl+Enter (Mac: ⌘+Enter)',
		schema: 'Tables and columns',
		schemaHint: 'Click a column to insert its name.',
		examples: 'Examples',
		history: 'History',
		historyEmpty: 'No query run yet.',
		historyHint: 'Kept in this device’s browser.',
		clearHistory: 'Clear',
		result: 'Result',
		rows: (n: string) => `${n} rows`,
		elapsed: (ms: string) => `${ms} ms`,
		truncated: (cap: string) => `More than ${cap} rows: only the first ${cap} are shown and exported.`,
		exportCsv: 'Export CSV',
		noRows: 'The query returned no rows.',
		notRun: 'Statement loaded; press Run to execute it.',
		loadingDb: 'Starting DuckDB and loading the data…',
		dbError: 'Could not load the data: ',
		queryError: 'DuckDB error: ',
		refused: 'Not run: ',
		empty: 'There is no statement to run.',
		unterminated: (what: string) => `The statement has an unterminated ${what}.`,
		unterminatedWhat: { string: 'string', comment: 'comment', identifier: 'quoted name' } as Record<string, string>,
		unbalanced: 'Parentheses do not match.',
		multiple: (kinds: string) => `Only one statement per run (found ${kinds}).`,
		refusedKind: (kind: string) => `The console is read-only and does not run ${kind} statements. Only queries run: SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN, PIVOT.`,
		pivotHint: 'PIVOT needs an explicit IN list here, e.g. ON severity IN (\'error\', \'warning\', \'info\').',
		nullValue: 'NULL',
		emptyString: '(empty string)',
		columnCount: (n: number) => `${n} columns`,
		insert: (name: string) => `Insert ${name}`,
		table: 'Table',
		column: 'Column',
		type: 'Type',
		label: 'Meaning',
		filterColumns: 'Filter columns or meanings',
		filterColumnsLabel: 'Filter columns',
		defaultQuery: '-- Write SQL here; Ctrl+Enter runs it\nSELECT year, count(*) AS reports\nFROM reports\nGROUP BY year\nORDER BY year'
	}
});

export type SqlMessages = (typeof SQL_MESSAGES)['zh'];

/** Why a statement was not run, for people. */
export function refusalMessage(lang: Lang, r: Refusal): string {
	const t = SQL_MESSAGES[lang];
	switch (r.reason) {
		case 'empty':
			return t.empty;
		case 'unterminated':
			return t.unterminated(t.unterminatedWhat[r.what] ?? r.what);
		case 'unbalanced':
			return t.unbalanced;
		case 'multiple':
			return t.multiple(r.kinds.join(lang === 'zh' ? '、' : ', '));
		case 'refused':
			return t.refusedKind(r.kind || '?');
	}
}
