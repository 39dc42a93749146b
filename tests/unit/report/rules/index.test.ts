import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord, checkSet, RULES, ruleInfo } from '../../../../src/lib/report/rules';
import { Finding, RuleId } from '../../../../src/lib/report/schema';
import { cell, makeRecord } from './fixtures';

describe('rules/index', () => {
	it('finds nothing in a consistent record of either layout', () => {
		expect(checkRecord(makeRecord())).toEqual([]);
		expect(checkRecord(makeRecord({ layout: '2019' }))).toEqual([]);
		expect(checkSet([makeRecord({ year: 2021 }), makeRecord({ year: 2022 })])).toEqual([]);
	});

	it('lists every rule that runs once, with a description; T3_OTHER_SUM does not run', () => {
		const ids = RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual(RuleId.options.filter((id) => id !== 'T3_OTHER_SUM').sort());
		for (const r of RULES) expect(r.description.zh.length * r.description.en.length).toBeGreaterThan(0);
		expect(ruleInfo('T3_OTHER_SUM')).toBeUndefined();
		expect(ruleInfo('XY_CARRY')).toMatchObject({ severity: 'error', scope: 'set' });
	});

	it('emits valid findings, single-record ones first, then cross-year ones', () => {
		const a2021 = makeRecord({
			agencyId: 'a',
			year: 2021,
			publishedAt: '2022-05-01',
			cells: { 'applications.carriedForward.total': 1, 'reviewLitigation.review.total': cell(null, '/') }
		});
		const a2022 = makeRecord({ agencyId: 'a', year: 2022 });
		const b2021 = makeRecord({ agencyId: 'b', year: 2021, layout: '2019' });
		const fs = checkSet([a2021, a2022, b2021], { asOf: '2030-01-01' });
		for (const f of fs) {
			expect(Finding.parse(f)).toEqual(f);
			expect(f.message.zh + f.message.en).not.toMatch(/undefined|NaN|\[object/);
		}
		expect(fs.map((f) => `${f.rule}:${f.recordId}:${f.year}`)).toEqual([
			'T3_BALANCE:a-2021:2021',
			'T3_ROW_TOTAL:a-2021:2021',
			'BLANK_CELLS:a-2021:2021',
			'TIMELINESS:a-2021:2021',
			'TEMPLATE:b-2021:2021',
			'XY_CARRY:a-2022:2022',
			'MISSING:a-2022:2023',
			'MISSING:b-2021:2022'
		]);
	});

	it('rules import only zod, ../schema, ../paths, ../template and each other', () => {
		const dir = join(import.meta.dirname, '../../../../src/lib/report/rules');
		const allowed = /^(zod|\.\.\/(schema|paths|template)|\.\/[a-z0-9-]+)$/;
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
			const src = readFileSync(join(dir, file), 'utf8');
			const specs = [...src.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);
			for (const spec of specs) expect(spec, file).toMatch(allowed);
		}
	});
});
