/** KPI arithmetic and tooltip escaping (dataset text never reaches ECharts' HTML tooltips unescaped). */
import { describe, expect, it } from 'vitest';
import { buildKpis, escapeHtml, formatNumber, topAgenciesOption } from '../../../src/lib/charts';
import { axisTooltip, itemTooltip } from '../../../src/lib/charts/tooltip';
import { AGENCIES, KPIS, kpiRow } from './fixtures';

const byId = (lang: 'zh' | 'en', from: number, to: number) => Object.fromEntries(buildKpis(KPIS, { yearFrom: from, yearTo: to }, lang).kpis.map((k) => [k.id, k]));

describe('KPIs', () => {
	it('a year with a blank 办结 does not inflate the shares (numerators over known 办结 only)', () => {
		const share = (rows: typeof KPIS) => buildKpis(rows, { yearFrom: 2022, yearTo: 2025 }, 'zh').kpis.find((k) => k.id === 'disclosed')!.raw;
		// 2025: 办结 left blank, 予以公开 printed: the SQL gives granted 30 but granted_k null.
		const blank = kpiRow(2025, { processed: null, granted: 30, granted_k: null });
		expect(share([...KPIS, blank])).toBeCloseTo(share(KPIS)!, 12);
		expect(share(KPIS)).toBeCloseTo((20 + 5 + 40 + 5 + 52 + 8) / (50 + 61 + 92), 12);
	});

	it('sum the selected years and compare the last one with the year before', () => {
		const k = byId('en', 2023, 2024);
		expect(k['new-received']?.raw).toBe(150);
		expect(k['new-received']?.change).toBe('+50.0%'); // 90 vs 60
		expect(k['disclosed']?.raw).toBeCloseTo((40 + 5 + 52 + 8) / (61 + 92));
		expect(k['appeals']?.raw).toBe(10);
		expect(k['appeals']?.detail).toBe('corrected 30.0%');
		expect(k['denied']?.change).toMatch(/^\+\d\.\d pp$/);
	});

	it('use the year before the range when it is in the rows, and say so when it is not', () => {
		expect(byId('zh', 2023, 2023)['new-received']?.change).toBe('+20.0%');
		const first = buildKpis(KPIS, { yearFrom: 2022, yearTo: 2022 }, 'zh');
		expect(first.kpis.every((k) => k.change === null)).toBe(true);
	});

	it('format numbers per language', () => {
		expect(formatNumber('zh', 1234567)).toBe('1,234,567');
		expect(formatNumber('en', null)).toBe('—');
	});
});

describe('tooltips', () => {
	it('escape series and category names', () => {
		const evil = '<img src=x onerror=alert(1)>';
		const html = axisTooltip('zh', [{ name: evil, seriesName: evil, value: 3, color: '#fff' }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(itemTooltip('en', { name: evil, seriesName: '"x"', value: [5], color: 'red"><script>' })).not.toMatch(/<img|<script|"x"/);
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});

	it('is an escaping formatter in every option with a tooltip', () => {
		const option = topAgenciesOption(AGENCIES, { lang: 'zh' });
		const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
		expect(formatter({ name: AGENCIES[2]!.name, seriesName: 'x', value: 1 })).not.toContain('<img');
	});
});
