import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setAt } from '../../../src/lib/report/paths';
import { AnnualReport } from '../../../src/lib/report/schema';
import { recordProblems } from '../../../src/lib/report/validate';
import { arbRecord } from './render/arbitraries';

const asObj = (r: AnnualReport) => structuredClone(r) as unknown as Record<string, unknown>;

describe('fast record check agrees with the zod schema', () => {
	it('accepts every valid record', () => {
		fc.assert(
			fc.property(arbRecord(), (r) => {
				expect(recordProblems(asObj(r))).toEqual([]);
			}),
			{ numRuns: 100 }
		);
	});

	it.each([
		['a cell value that is not a number', (o: Record<string, unknown>) => setAt(o, 'applications.newReceived.total', { value: '3', raw: '3' })],
		['a cell without raw text', (o: Record<string, unknown>) => setAt(o, 'reviewLitigation.review.total', { value: 0 })],
		['an extra key in a cell', (o: Record<string, unknown>) => setAt(o, 'reviewLitigation.review.total', { value: 0, raw: '0', note: 'x' })],
		['a cell the template does not have', (o: Record<string, unknown>) => setAt(o, 'applications.newReceived.extra', { value: 0, raw: '0' })],
		['a missing table', (o: Record<string, unknown>) => delete o.reviewLitigation],
		['a wrong template for the layout', (o: Record<string, unknown>) => (o.template = o.template === 'hybrid' ? '2021' : 'hybrid')],
		['bad metadata', (o: Record<string, unknown>) => (o.year = 'last year')]
	])('rejects %s, as zod does', (_, mutate) => {
		fc.assert(
			fc.property(arbRecord(), (r) => {
				const o = asObj(r);
				mutate(o);
				expect(recordProblems(o).length).toBeGreaterThan(0);
				expect(AnnualReport.safeParse(o).success).toBe(false);
			}),
			{ numRuns: 20 }
		);
	});
});
