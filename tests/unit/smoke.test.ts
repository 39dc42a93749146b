import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('smoke', () => {
	const Row = z.object({ agency: z.string().min(1), year: z.number().int().gte(2008) });

	it('parses a valid object with zod', () => {
		expect(Row.parse({ agency: '国务院办公厅', year: 2023 })).toEqual({ agency: '国务院办公厅', year: 2023 });
	});

	it('rejects an invalid object', () => {
		const result = Row.safeParse({ agency: '', year: 2001.5 });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['agency', 'year']);
	});
});
