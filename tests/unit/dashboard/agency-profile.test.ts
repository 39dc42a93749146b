import { describe, expect, it } from 'vitest';
import { httpUrl, pickYear } from '../../../src/lib/dashboard/agency-profile';

describe('agency profile', () => {
	it('shows the requested year when there is a report, else the latest', () => {
		expect(pickYear([2019, 2021, 2020], '2020')).toBe(2020);
		expect(pickYear([2019, 2021, 2020], null)).toBe(2021);
		expect(pickYear([2019, 2021], '2020')).toBe(2021);
		expect(pickYear([2019, 2021], '2019x')).toBe(2021);
		expect(pickYear([], '2019')).toBeNull();
	});

	it('links only http(s) source URLs', () => {
		expect(httpUrl('https://www.pingtan.gov.cn/a.htm')).toBe('https://www.pingtan.gov.cn/a.htm');
		expect(httpUrl('http://example.gov.cn/x?y=1')).toBe('http://example.gov.cn/x?y=1');
		expect(httpUrl('javascript:alert(1)')).toBeNull();
		expect(httpUrl('JavaScript:alert(1)')).toBeNull();
		expect(httpUrl('data:text/html,<b>x</b>')).toBeNull();
		expect(httpUrl('/relative/path')).toBeNull();
		expect(httpUrl('')).toBeNull();
		expect(httpUrl(null)).toBeNull();
	});
});
