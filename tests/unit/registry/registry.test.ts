import { describe, expect, it } from 'vitest';
import {
	applyRegistry,
	deriveAgency,
	DivisionTables,
	isStatisticalZone,
	manualChoices,
	Registry,
	registryEntry,
	registryProblems,
	resolveAgency,
	type RegistryEntry
} from '../../../src/lib/report/registry';
import { agencyIdFromName } from '../../../src/lib/report/ids';
import { Agency, AnnualReport } from '../../../src/lib/report/schema';
import { readRegistry } from '../../../src/lib/server/registry';

const { registry, divisions } = readRegistry();
const resolve = (name: string) => resolveAgency(name, registry, divisions);
const codes = (a: Agency) => [a.region.province?.code ?? null, a.region.city?.code ?? null, a.region.county?.code ?? null];

describe('registry file (data/registry/agencies.json)', () => {
	it('validates and has no problems: no duplicate ids or aliases, every region code known and nested', () => {
		expect(() => Registry.parse(registry)).not.toThrow();
		expect(registryProblems(registry, divisions)).toEqual([]);
	});

	it('lists every name and alias once (after normalisation)', () => {
		const names = registry.agencies.flatMap((e) => [e.name, ...e.aliases]).map((n) => resolve(n).id);
		expect(names.length).toBeGreaterThan(registry.agencies.length);
		for (const e of registry.agencies) for (const n of [e.name, ...e.aliases]) expect(registryEntry(n, registry)).toBe(e);
	});

	it('gives a reason for every manual choice', () => {
		const manual = registry.agencies.filter((e) => manualChoices(e, divisions).length > 0);
		expect(manual.length).toBeGreaterThan(10);
		for (const e of manual) expect(e.reason.trim(), e.id).not.toBe('');
	});

	it('maps 平潭综合实验区 to 福建省/福州市/平潭县: prefecture for the zone, township for its 片区', () => {
		const area = resolve('平潭综合实验区（汇总）');
		expect(area).toMatchObject({ id: 'fj-pingtan', kind: 'area', level: 'prefecture', category: '综合' });
		expect(codes(area)).toEqual(['350000', '350100', '350128']);
		expect(resolve('平潭综合实验区管委会办公室')).toMatchObject({ kind: 'office', level: 'prefecture' });
		expect(resolve('平潭综合实验区财政金融局')).toMatchObject({ kind: 'department', level: 'prefecture', category: '财政' });
		const pian = resolve('平潭综合实验区海坛片区管理局');
		expect(pian).toMatchObject({ kind: 'township', level: 'township' });
		expect(codes(pian)).toEqual(['350000', '350100', '350128']);
	});
});

describe('resolveAgency', () => {
	it('gives 国有资产管理局 and its successor 投资促进局 one id', () => {
		const before = resolve('平潭综合实验区国有资产管理局');
		const after = resolve('平潭综合实验区投资促进局');
		expect(before.id).toBe('fj-pingtan-touzicujin');
		expect(after.id).toBe(before.id);
		expect(before.name).toBe('平潭综合实验区国有资产管理局'); // the name as published
		expect(registryEntry(before.name, registry)?.name).toBe('平潭综合实验区投资促进局'); // the current name
	});

	it('matches names after normalisation (spaces, bracket width) and the signature typo 财政全融局', () => {
		expect(resolve('宁波市鄞州区科学技术局(科协)').id).toBe('zj-ningbo-yinzhou-kejiju');
		expect(resolve(' 平潭综合实验区 财政全融局').id).toBe('fj-pingtan-caizhengjinrong');
	});

	it('resolves 宁波市鄞州区科学技术局（科协） to 330000/330200/330212, a county-level 科技 department', () => {
		const a = resolve('宁波市鄞州区科学技术局（科协）');
		expect(codes(a)).toEqual(['330000', '330200', '330212']);
		expect(a.region.province?.name).toBe('浙江省');
		expect(a).toMatchObject({ level: 'county', kind: 'department', category: '科技' });
	});

	it('derives an unlisted agency from its name, with codes from the division tables', () => {
		const a = resolve('浙江省杭州市西湖区财政局');
		expect(Agency.parse(a)).toEqual(a);
		expect(a.id).toBe(agencyIdFromName('浙江省杭州市西湖区财政局'));
		expect(codes(a)).toEqual(['330000', '330100', '330106']);
		expect(a).toMatchObject({ kind: 'department', category: '财政', level: 'county' });
	});
});

describe('deriveAgency (region codes from names)', () => {
	const derive = (name: string) => deriveAgency(name, divisions);
	it('fills the province from a unique city name', () => {
		expect(codes(derive('宁波市鄞州区教育局'))).toEqual(['330000', '330200', '330212']);
		expect(derive('湛江市人民政府地方志办公室').region.province).toEqual({ name: '广东省', code: '440000' });
	});
	it('takes a county-level city read as a city for the county, and its level for county', () => {
		const a = derive('高平市人民政府办公室');
		expect(a.region).toEqual({
			province: { name: '山西省', code: '140000' },
			city: { name: '晋城市', code: '140500' },
			county: { name: '高平市', code: '140581' }
		});
		expect(a).toMatchObject({ level: 'county', kind: 'office' });
	});
	it('resolves a municipality district without a city, and never uses 市辖区 as a city', () => {
		expect(codes(derive('北京市海淀区教育委员会'))).toEqual(['110000', null, '110108']);
	});
	it('leaves an ambiguous or unknown name without a code', () => {
		expect(codes(derive('西湖区财政局'))).toEqual([null, null, null]); // 杭州市 and 南昌市 both have one
		expect(derive('西湖区财政局').region.county).toEqual({ name: '西湖区', code: null });
		expect(codes(derive('平潭综合实验区财政金融局'))).toEqual([null, null, null]);
		expect(codes(derive('四川省人民政府办公厅'))).toEqual(['510000', null, null]);
	});
});

describe('applyRegistry', () => {
	it('replaces the agency and the record id', () => {
		const record = { id: 'ag-x-2023', year: 2023, agency: { name: '平潭综合实验区国有资产管理局' } } as unknown as AnnualReport;
		const out = applyRegistry(record, registry, divisions);
		expect(out.id).toBe('fj-pingtan-touzicujin-2023');
		expect(out.agency.id).toBe('fj-pingtan-touzicujin');
		expect(record.id).toBe('ag-x-2023'); // not mutated
	});
});

describe('registryProblems', () => {
	const entry = (over: Partial<RegistryEntry>): RegistryEntry => ({
		id: 'x-test',
		name: '浙江省杭州市西湖区财政局',
		aliases: [],
		region: {
			province: { name: '浙江省', code: '330000' },
			city: { name: '杭州市', code: '330100' },
			county: { name: '西湖区', code: '330106' }
		},
		level: 'county',
		kind: 'department',
		category: '财政',
		reason: '',
		...over
	});
	const kinds = (...agencies: RegistryEntry[]) =>
		registryProblems({ version: 1, agencies }, divisions).map((p) => `${p.id}:${p.problem}`);

	it('accepts an entry that only restates its name, without a reason', () => {
		expect(manualChoices(entry({}), divisions)).toEqual([]);
		expect(kinds(entry({}))).toEqual([]);
	});
	it('reports duplicate ids and names, unknown or mismatched codes, and manual choices without a reason', () => {
		expect(kinds(entry({}), entry({ name: '杭州市西湖区财政局 ', reason: 'r' }))).toEqual(['x-test:duplicate-id']);
		expect(kinds(entry({}), entry({ id: 'y', name: '杭州市西湖区财政局', aliases: ['浙江省杭州市西湖区 财政局'], reason: 'r' }))).toEqual(['y:duplicate-name']);
		const south = { name: '西湖区', code: '360103' };
		expect(kinds(entry({ region: { ...entry({}).region, county: south }, reason: 'r' }))).toEqual(['x-test:region-mismatch']);
		expect(kinds(entry({ region: { ...entry({}).region, city: { name: '杭州市', code: '339900' } }, reason: 'r' }))).toEqual([
			'x-test:unknown-code',
			'x-test:region-mismatch'
		]);
		expect(kinds(entry({ level: 'prefecture' }))).toEqual(['x-test:missing-reason']);
		expect(kinds(entry({ aliases: ['杭州市西湖区财政局'] }))).toEqual(['x-test:missing-reason']);
	});
	it('rejects name-hash ids and non-slug ids in the file schema', () => {
		expect(Registry.safeParse({ version: 1, agencies: [entry({ id: 'ag-123' })] }).success).toBe(false);
		expect(Registry.safeParse({ version: 1, agencies: [entry({ id: 'Pingtan 1' })] }).success).toBe(false);
	});
});

describe('division tables (data/registry/divisions.json)', () => {
	it('validate, and hold GB/T 2260 provinces, cities and counties only', () => {
		expect(() => DivisionTables.parse(divisions)).not.toThrow();
		expect(Object.keys(divisions.provinces)).toHaveLength(31);
		expect(Object.keys(divisions.cities).length).toBeGreaterThan(330);
		expect(Object.keys(divisions.counties).length).toBeGreaterThan(2800);
		expect(Object.keys(divisions.counties).filter(isStatisticalZone)).toEqual([]);
		expect([divisions.cities['350100'], divisions.counties['350128'], divisions.counties['330212']]).toEqual([
			'福州市',
			'平潭县',
			'鄞州区'
		]);
	});
});
