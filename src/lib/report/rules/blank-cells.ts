/**
 * BLANK_CELLS: cells without a number — blank, "/" or "—", in a row the report does not print, or unreadable
 * text — one finding per table. Blank is not 0 (FORMAT.md §5; KIROGOVCOMPARE audits it too).
 * Not counted: derived cells, and cells left null by an ambiguous split (AMBIGUOUS_SPLIT reports those).
 */
import type { AnnualReport, Finding } from '../schema';
import { cellOf, finding, recordCellPaths, type RecordRule } from './common';
import { tableOf, TABLE_EN, type TableNo } from './labels';

type Kind = 'missing' | 'unreadable' | 'blank' | 'marker';

const KIND_TEXT: Record<Kind, { zh: string; en: string }> = {
	blank: { zh: '空白', en: 'blank' },
	marker: { zh: '“/”“—”等符号', en: '"/", "—" or similar' },
	missing: { zh: '所在行未印出', en: 'in rows the report does not print' },
	unreadable: { zh: '无法识别为数字', en: 'unreadable as a number' }
};

const inRow = (path: string, row: string) => path === row || path.startsWith(`${row}.`);

function blankCells(record: AnnualReport): Map<TableNo, { path: string; kind: Kind }[]> {
	const unresolved = new Set(record.parse.splits.flatMap((s) => s.unresolved));
	const unreadable = new Set(record.parse.unreadable);
	const missing = record.parse.missingRows;
	const byTable = new Map<TableNo, { path: string; kind: Kind }[]>();
	const add = (path: string, kind: Kind) => {
		const t = tableOf(path);
		const list = byTable.get(t) ?? [];
		list.push({ path, kind });
		byTable.set(t, list);
	};
	const paths = recordCellPaths(record);
	for (const path of paths) {
		const cell = cellOf(record, path);
		if (cell && (cell.value !== null || cell.derived)) continue;
		if (unresolved.has(path)) continue;
		if (missing.some((row) => inRow(path, row))) add(path, 'missing');
		else if (unreadable.has(path)) add(path, 'unreadable');
		else if (!cell || cell.raw.trim() === '') add(path, 'blank');
		else add(path, 'marker');
	}
	// A missing row with no cell in this layout still belongs in the list, by its row path.
	for (const row of missing) if (!paths.some((p) => inRow(p, row))) add(row, 'missing');
	return byTable;
}

export const blankCellsRule: RecordRule = {
	id: 'BLANK_CELLS',
	severity: 'warning',
	scope: 'record',
	description: {
		zh: '表格单元格空白、填“/”、整行未印出或无法识别：空白不等于 0，应填 0。',
		en: 'Cells that are blank, "/", in an unprinted row or unreadable: blank is not 0; the template expects 0.'
	},
	check: (record) => {
		const out: Finding[] = [];
		for (const [table, cells] of blankCells(record)) {
			const counts = new Map<Kind, number>();
			for (const c of cells) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
			const kinds = (['blank', 'marker', 'missing', 'unreadable'] as const).filter((k) => counts.has(k));
			const zhParts = kinds.map((k) => `${KIND_TEXT[k].zh} ${counts.get(k)} 个`).join('，');
			const enParts = kinds.map((k) => `${counts.get(k)} ${KIND_TEXT[k].en}`).join(', ');
			out.push(
				finding(blankCellsRule, record, {
					paths: cells.map((c) => c.path),
					expected: 0,
					actual: cells.length,
					zh: `表${table}有 ${cells.length} 个单元格没有数字（${zhParts}）；空白或“/”不等于 0。`,
					en: `${TABLE_EN[table]} has ${cells.length} cells without a number (${enParts}); blank or "/" is not 0.`
				})
			);
		}
		return out;
	}
};
