/**
 * Agency identity and classification from the name as published. The agency registry (data/) refines these;
 * here only what the name itself says: its region prefix, its kind, its level and its category.
 */
import type { AgencyKind, AgencyLevel, Region } from './schema';

/** FNV-1a 64-bit of a string, as 16 hex digits. Pure and isomorphic (no crypto module needed). */
export function fnv1a64(text: string): string {
	let h = 0xcbf29ce484222325n;
	const p = 0x100000001b3n;
	const mask = 0xffffffffffffffffn;
	for (let i = 0; i < text.length; i++) {
		h ^= BigInt(text.charCodeAt(i));
		h = (h * p) & mask;
	}
	return h.toString(16).padStart(16, '0');
}

/** Folds spacing and bracket width so that the same name always gives the same id. */
export function normalizeAgencyName(name: string): string {
	return name
		.normalize('NFKC')
		.replace(/\s+/g, '')
		.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
}

/** Stable agency id derived from the normalised name (the registry may map several names to one id). */
export const agencyIdFromName = (name: string): string => `ag-${fnv1a64(normalizeAgencyName(name)).slice(0, 12)}`;

const PROVINCE = /^(北京市|天津市|上海市|重庆市|[^省市区县]{2,3}省|[^区]{2,7}?自治区|香港特别行政区|澳门特别行政区)/;
const CITY = /^([^省市县]{2,8}?(?:综合实验区|自治州|地区|盟|市))/;
const COUNTY = /^([^省市县]{1,8}?(?:自治县|自治旗|新区|区|县|旗|市))/;
const MUNICIPALITY = /^(北京市|天津市|上海市|重庆市)$/;

/** Region names at the start of an agency name ("宁波市鄞州区科学技术局" → 宁波市 / 鄞州区). Codes come from the registry. */
export function regionFromName(name: string): { region: Region; rest: string } {
	let rest = normalizeAgencyName(name);
	const take = (re: RegExp) => {
		const m = re.exec(rest);
		if (!m) return null;
		rest = rest.slice(m[1]!.length);
		return { name: m[1]!, code: null };
	};
	const province = take(PROVINCE);
	const city = province && MUNICIPALITY.test(province.name) ? null : take(CITY);
	const county = /^(?:人民政府|政府)/.test(rest) ? null : take(COUNTY);
	return { region: { province, city, county }, rest };
}

const OFFICE = /(?:人民政府|政府|管委会|管理委员会|行政公署)办公(?:室|厅)$/;
const TOWNSHIP = /(?:乡|镇|街道|街道办事处|片区管理局|片区管委会|片区)(?:人民政府)?$/;
const AREA_REST = /^(?:人民政府|政府|管委会|管理委员会)?(?:（汇总）|\(汇总\))?$/;

export function classifyAgency(name: string): { kind: AgencyKind; level: AgencyLevel; region: Region; category: string | null } {
	const { region, rest } = regionFromName(name);
	const n = normalizeAgencyName(name);
	let kind: AgencyKind;
	if (OFFICE.test(n)) kind = 'office';
	else if (TOWNSHIP.test(n)) kind = 'township';
	else if (AREA_REST.test(rest)) kind = 'area';
	else kind = 'department';
	let level: AgencyLevel;
	if (kind === 'township') level = 'township';
	else if (region.county) level = 'county';
	else if (region.city) level = 'prefecture';
	else if (region.province) level = 'provincial';
	else if (/^(?:国务院|国家|中华人民共和国|中国)/.test(n)) level = 'national';
	else level = 'unknown';
	return { kind, level, region, category: categoryOf(n, kind) };
}

/** Category keywords, first match wins (order matters: 财政金融 before 金融, 综合执法 before 执法). */
const CATEGORIES: [RegExp, string][] = [
	[/公安/, '公安'],
	[/财政/, '财政'],
	[/科学技术|科技|科协/, '科技'],
	[/教育/, '教育'],
	[/卫生|健康/, '卫生健康'],
	[/自然资源|规划|国土/, '自然资源'],
	[/生态环境|环境保护|环保/, '生态环境'],
	[/市场监督|市场监管/, '市场监管'],
	[/交通/, '交通运输'],
	[/住房|建设|城乡/, '住房城乡建设'],
	[/农业|农村|林业|水利/, '农业农村'],
	[/人力资源|社会保障/, '人力资源社会保障'],
	[/民政/, '民政'],
	[/应急|综合执法|安全生产/, '应急管理'],
	[/行政审批|政务服务|数据管理/, '行政审批'],
	[/发展和改革|发展改革|经济发展|发改/, '发展改革'],
	[/国有资产|国资/, '国有资产'],
	[/商务|投资促进|招商/, '商务投资'],
	[/社会事业/, '社会事业'],
	[/司法/, '司法'],
	[/税务/, '税务'],
	[/统计/, '统计'],
	[/审计/, '审计'],
	[/文化|旅游|体育/, '文化旅游'],
	[/退役军人/, '退役军人'],
	[/地方志|档案/, '档案史志'],
	[/工业|信息化|经济和信息/, '工业信息化'],
	[/金融/, '金融']
];

function categoryOf(name: string, kind: AgencyKind): string | null {
	if (kind === 'area') return '综合';
	if (kind === 'office') return '政府办公室';
	if (kind === 'township') return '乡镇街道';
	for (const [re, cat] of CATEGORIES) if (re.test(name)) return cat;
	return null;
}
