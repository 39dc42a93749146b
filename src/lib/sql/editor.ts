/**
 * The console's SQL editor: CodeMirror 6 with SQL highlighting (PostgreSQL dialect: DuckDB's lexer is
 * PostgreSQL's), completion of the dataset's table and column names (the column's DuckDB type and meaning shown
 * beside it), and Ctrl/Cmd+Enter to run. Browser only: CodeMirror is imported inside {@link createSqlEditor}.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { SchemaTable } from '../db/console';
import type { Lang } from '../filters';
import { columnLabel } from './labels';

export interface SqlEditor {
	getValue(): string;
	setValue(text: string): void;
	/** Inserts `text` at the cursor (replacing the selection) and focuses the editor. */
	insert(text: string): void;
	focus(): void;
	/** New completions after the dataset or the language changed. */
	setSchema(schema: readonly SchemaTable[], lang: Lang): void;
	destroy(): void;
}

export interface EditorOptions {
	doc: string;
	schema: readonly SchemaTable[];
	lang: Lang;
	label: string;
	onRun: () => void;
	onChange?: (doc: string) => void;
}

/** Completion entries for every column of `schema`: one per name, with the tables holding it and its meaning. */
export function columnCompletions(schema: readonly SchemaTable[], lang: Lang): { label: string; type: string; detail: string; info: string | undefined }[] {
	const byName = new Map<string, { tables: string[]; type: string; info: string | undefined }>();
	for (const t of schema) {
		for (const c of t.columns) {
			const e = byName.get(c.name);
			if (e) e.tables.push(t.name);
			else byName.set(c.name, { tables: [t.name], type: c.type, info: columnLabel(t.name, c.name, lang) ?? undefined });
		}
	}
	return [...byName].map(([label, e]) => ({ label, type: 'property', detail: `${e.tables.join(', ')} · ${e.type}`, info: e.info }));
}

/** Creates the editor in `parent`. */
export async function createSqlEditor(parent: HTMLElement, opts: EditorOptions): Promise<SqlEditor> {
	const [{ basicSetup }, { EditorView, keymap }, { Compartment, Prec }, { sql, PostgreSQL }] = await Promise.all([
		import('codemirror'),
		import('@codemirror/view'),
		import('@codemirror/state'),
		import('@codemirror/lang-sql')
	]);
	const language = new Compartment();
	const languageFor = (schema: readonly SchemaTable[], lang: Lang) => {
		const columns = columnCompletions(schema, lang);
		const tables = Object.fromEntries(schema.map((t) => [t.name, t.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type, info: columnLabel(t.name, c.name, lang) ?? undefined }))]));
		const bareColumns = (ctx: CompletionContext): CompletionResult | null => {
			const word = ctx.matchBefore(/[A-Za-z_][\w]*/);
			if (!word || (word.from === word.to && !ctx.explicit)) return null;
			if (ctx.state.sliceDoc(word.from - 1, word.from) === '.') return null;
			return { from: word.from, options: columns, validFor: /^\w*$/ };
		};
		return [sql({ dialect: PostgreSQL, schema: tables, upperCaseKeywords: true }), PostgreSQL.language.data.of({ autocomplete: bareColumns })];
	};
	const run = () => {
		opts.onRun();
		return true;
	};
	const view = new EditorView({
		parent,
		doc: opts.doc,
		extensions: [
			Prec.highest(keymap.of([
				{ key: 'Mod-Enter', run },
				{ key: 'Ctrl-Enter', run }
			])),
			basicSetup,
			language.of(languageFor(opts.schema, opts.lang)),
			EditorView.lineWrapping,
			EditorView.contentAttributes.of({ 'aria-label': opts.label, 'data-testid': 'sql-input' }),
			EditorView.updateListener.of((u) => {
				if (u.docChanged) opts.onChange?.(u.state.doc.toString());
			}),
			EditorView.theme({
				'&': { fontSize: '0.8125rem', backgroundColor: '#fff', height: '100%' },
				'.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK SC', monospace", overflow: 'auto' },
				'.cm-gutters': { backgroundColor: '#f6f7f9', color: '#8c959f', borderRight: '1px solid #e1e4e8' },
				'&.cm-focused': { outline: '2px solid #2f6f9f55' },
				'.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#2f6f9f' }
			})
		]
	});
	return {
		getValue: () => view.state.doc.toString(),
		setValue(text) {
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: text.length } });
		},
		insert(text) {
			view.dispatch(view.state.replaceSelection(text));
			view.focus();
		},
		focus: () => view.focus(),
		setSchema(schema, lang) {
			view.dispatch({ effects: language.reconfigure(languageFor(schema, lang)) });
		},
		destroy: () => view.destroy()
	};
}
