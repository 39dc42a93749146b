import { describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../../src/lib/server/ingest';

vi.mock('../../../src/lib/report/parse', () => ({
	PARSER_VERSION: 'mock',
	parseReport: () => {
		throw new Error('boom: table 三 index out of range');
	}
}));

describe('parseFile when the parser throws', () => {
	it('returns an unreadable reject carrying the error message, never throws', () => {
		const o = parseFile('x/report.txt', new TextEncoder().encode('政府信息公开'));
		expect(o.status).toBe('reject');
		if (o.status !== 'reject') return;
		expect(o.reject).toMatchObject({ file: 'x/report.txt', reason: 'unreadable' });
		expect(o.reject.message.en).toBe('The parser failed: boom: table 三 index out of range');
		expect(o.reject.message.zh).toContain('boom');
		expect(o.sha256).toMatch(/^[0-9a-f]{64}$/);
	});
});
