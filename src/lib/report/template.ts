/**
 * The national template as data: every table row in order, its label (as a pattern over compacted, NFKC-folded
 * text: no whitespace, ASCII parentheses and colons), its columns and their dictionary keys.
 * Source: ../shared/format/FORMAT.md §2–§4 and dictionary.json. The parser and the renderer both read this.
 */
import type { Layout } from './schema';

/** How a cell's text is read. `signed`: 本年增/减 (may carry +, -, 增, 减). `amount`: decimal, may carry 元/万元. */
export type ColType = 'count' | 'signed' | 'amount';

export interface ColDef {
	/** Key below the row path, e.g. `legalPerson.commercial`. */
	key: string;
	zh: string;
	type: ColType;
}

export interface RowDef {
	/** Row path, e.g. `applications.results.denied.stateSecret`. */
	path: string;
	/** Label as the template prints it (rendering). */
	zh: string;
	/** Label pattern over compacted text. Include an optional numbering prefix so that it is not read as a value. */
	label: RegExp;
	cols: readonly ColDef[];
}

export interface BlockDef {
	/** Block heading as printed, e.g. 第二十条第（一）项. */
	zh: string;
	/** Column headings as printed. */
	headers: readonly string[];
	rows: readonly RowDef[];
}

const count = (key: string, zh: string): ColDef => ({ key, zh, type: 'count' });

export const APPLICANT_COLS: readonly ColDef[] = [
	count('naturalPerson', '自然人'),
	count('legalPerson.commercial', '商业企业'),
	count('legalPerson.research', '科研机构'),
	count('legalPerson.social', '社会公益组织'),
	count('legalPerson.legal', '法律服务机构'),
	count('legalPerson.other', '其他'),
	count('total', '总计')
];

const issued2021 = [
	count('issued', '本年制发件数'),
	count('repealed', '本年废止件数'),
	count('inForce', '现行有效件数')
];
const decisions2021 = [count('decisions', '本年处理决定数量')];

export const TABLE2_2021: readonly BlockDef[] = [
	{
		zh: '第二十条第（一）项',
		headers: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
		rows: [
			{ path: 'disclosure.regulations', zh: '规章', label: /规章/, cols: issued2021 },
			{
				path: 'disclosure.normativeDocuments',
				zh: '行政规范性文件',
				label: /(?:行政)?规范性文件/,
				cols: issued2021
			}
		]
	},
	{
		zh: '第二十条第（五）项',
		headers: ['信息内容', '本年处理决定数量'],
		rows: [{ path: 'disclosure.licensing', zh: '行政许可', label: /行政许可/, cols: decisions2021 }]
	},
	{
		zh: '第二十条第（六）项',
		headers: ['信息内容', '本年处理决定数量'],
		rows: [
			{ path: 'disclosure.punishment', zh: '行政处罚', label: /行政处罚/, cols: decisions2021 },
			{ path: 'disclosure.coercion', zh: '行政强制', label: /行政强制/, cols: decisions2021 }
		]
	},
	{
		zh: '第二十条第（八）项',
		headers: ['信息内容', '本年收费金额（单位：万元）'],
		rows: [
			{
				path: 'disclosure.fees',
				zh: '行政事业性收费',
				label: /行政事业性收费/,
				cols: [{ key: 'amountWan', zh: '本年收费金额（单位：万元）', type: 'amount' }]
			}
		]
	}
];

const made2019 = [
	count('newlyMade', '本年新制作数量'),
	count('newlyPublished', '本年新公开数量'),
	count('totalPublished', '对外公开总数量')
];
const stock2019: readonly ColDef[] = [
	count('previousYearItems', '上一年项目数量'),
	{ key: 'changeThisYear', zh: '本年增/减', type: 'signed' },
	count('decisions', '处理决定数量')
];

export const TABLE2_2019: readonly BlockDef[] = [
	{
		zh: '第二十条第（一）项',
		headers: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
		rows: [
			{ path: 'disclosure2019.regulations', zh: '规章', label: /规章/, cols: made2019 },
			{
				path: 'disclosure2019.normativeDocuments',
				zh: '规范性文件',
				label: /(?:行政)?规范性文件/,
				cols: made2019
			}
		]
	},
	{
		zh: '第二十条第（五）项',
		headers: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
		rows: [
			{ path: 'disclosure2019.licensing', zh: '行政许可', label: /行政许可/, cols: stock2019 },
			{
				path: 'disclosure2019.otherExternalServices',
				zh: '其他对外管理服务事项',
				label: /其他对外管理服务事项/,
				cols: stock2019
			}
		]
	},
	{
		zh: '第二十条第（六）项',
		headers: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
		rows: [
			{ path: 'disclosure2019.punishment', zh: '行政处罚', label: /行政处罚/, cols: stock2019 },
			{ path: 'disclosure2019.coercion', zh: '行政强制', label: /行政强制/, cols: stock2019 }
		]
	},
	{
		zh: '第二十条第（八）项',
		headers: ['信息内容', '上一年项目数量', '本年增/减'],
		rows: [
			{
				path: 'disclosure2019.fees',
				zh: '行政事业性收费',
				label: /行政事业性收费/,
				cols: stock2019.slice(0, 2)
			}
		]
	},
	{
		zh: '第二十条第（九）项',
		headers: ['信息内容', '采购项目数量', '采购总金额'],
		rows: [
			{
				path: 'disclosure2019.procurement',
				zh: '政府集中采购',
				label: /政府集中采购/,
				cols: [count('projectCount', '采购项目数量'), { key: 'totalAmount', zh: '采购总金额', type: 'amount' }]
			}
		]
	}
];

/** A table-三 row; `group` is the printed group heading it sits under (rendering only). */
export interface Table3Row extends RowDef {
	group: string | null;
	subgroup: string | null;
}

const a = (
	path: string,
	zh: string,
	label: RegExp,
	group: string | null = null,
	subgroup: string | null = null
): Table3Row => ({ path: `applications.${path}`, zh, label, cols: APPLICANT_COLS, group, subgroup });

const n = (i: number) => `(?:${i}[.、,])?`;
const R = '三、本年度办理结果';
const D = '（三）不予公开';
const U = '（四）无法提供';
const P = '（五）不予处理';
const O = '（六）其他处理';

const head3: Table3Row[] = [
	a('newReceived', '一、本年新收政府信息公开申请数量', /(?:一[、.]?)?本年新收(?:政府信息公开)?申请(?:数量|数)?/),
	a('carriedOver', '二、上年结转政府信息公开申请数量', /(?:二[、.]?)?上年(?:度)?结转(?:政府信息公开)?申请(?:数量|数)?/),
	a('results.granted', '（一）予以公开', /\(一\)予以公开/, R),
	a(
		'results.partialGrant',
		'（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
		/\(二\)部分公开(?:\([^)]*\))?/,
		R
	),
	a('results.denied.stateSecret', '1.属于国家秘密', new RegExp(`${n(1)}属于国家秘密`), R, D),
	a('results.denied.lawForbidden', '2.其他法律行政法规禁止公开', new RegExp(`${n(2)}其他法律(?:和|、|及)?行政法规禁止公开`), R, D),
	a('results.denied.safetyStability', '3.危及“三安全一稳定”', new RegExp(`${n(3)}危及["“”]?三安全一稳定["“”]?`), R, D),
	a('results.denied.thirdPartyRights', '4.保护第三方合法权益', new RegExp(`${n(4)}保护第三方合法权益`), R, D),
	a('results.denied.internalAffairs', '5.属于三类内部事务信息', new RegExp(`${n(5)}属于三类内部事务信息`), R, D),
	a('results.denied.processInfo', '6.属于四类过程性信息', new RegExp(`${n(6)}属于四类过程性信息`), R, D),
	a('results.denied.enforcementCase', '7.属于行政执法案卷', new RegExp(`${n(7)}属于行政执法案[卷件]`), R, D),
	a('results.denied.adminQuery', '8.属于行政查询事项', new RegExp(`${n(8)}属于行政查询事项`), R, D),
	a('results.unableToProvide.noInfo', '1.本机关不掌握相关政府信息', new RegExp(`${n(1)}本机关不掌握相关政府信息`), R, U),
	a('results.unableToProvide.needCreation', '2.没有现成信息需要另行制作', new RegExp(`${n(2)}没有现成信息需要另行制作`), R, U),
	a('results.unableToProvide.unclear', '3.补正后申请内容仍不明确', new RegExp(`${n(3)}补正后申请内容仍?不明确`), R, U),
	a('results.notProcessed.complaint', '1.信访举报投诉类申请', new RegExp(`${n(1)}信访举报投诉类申请`), R, P),
	a('results.notProcessed.repeat', '2.重复申请', new RegExp(`${n(2)}重复申请`), R, P),
	a('results.notProcessed.publication', '3.要求提供公开出版物', new RegExp(`${n(3)}要求提供公开出版物`), R, P),
	a('results.notProcessed.massiveRequests', '4.无正当理由大量反复申请', new RegExp(`${n(4)}无正当理由大量反复申请`), R, P),
	a(
		'results.notProcessed.confirmInfo',
		'5.要求行政机关确认或重新出具已获取信息',
		new RegExp(`${n(5)}要求行政机关确认或重新出具已获取信息`),
		R,
		P
	)
];

const tail3: Table3Row[] = [
	a('results.totalProcessed', '（七）总计', /\(七\)总计/, R),
	a('carriedForward', '四、结转下年度继续办理', /(?:四[、.]?)?结转下一?年度?继续办理/)
];

/** Table 三 rows, 2021 layout: （六） split into three printed sub-rows. */
export const TABLE3_2021: readonly Table3Row[] = [
	...head3,
	a(
		'results.other.overdueCorrection',
		'1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
		new RegExp(`${n(1)}申请人无正当理由逾期不补正[^0-9]*?申请`),
		R,
		O
	),
	a(
		'results.other.overdueFee',
		'2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
		new RegExp(`${n(2)}申请人逾期未按收费通知要求缴纳费用[^0-9]*?申请`),
		R,
		O
	),
	a('results.other.otherReasons', '3.其他', new RegExp(`${n(3)}其[他它](?!处理|法律)`), R, O),
	...tail3
];

/** Table 三 rows, 2019 layout: （六）其他处理 is one printed row. */
export const TABLE3_2019: readonly Table3Row[] = [
	...head3,
	a('results.other.total', '（六）其他处理', /\(六\)其他处理/, R),
	...tail3
];

export const TABLE4_GROUPS = [
	{ key: 'review', zh: '行政复议' },
	{ key: 'litigationDirect', zh: '未经复议直接起诉' },
	{ key: 'litigationAfterReview', zh: '复议后起诉' }
] as const;
export const TABLE4_RESULTS = [
	{ key: 'upheld', zh: '结果维持' },
	{ key: 'corrected', zh: '结果纠正' },
	{ key: 'other', zh: '其他结果' },
	{ key: 'pending', zh: '尚未审结' },
	{ key: 'total', zh: '总计' }
] as const;

/** Table 四 as one row of 15 cells, group-major. */
export const TABLE4_ROW: RowDef = {
	path: 'reviewLitigation',
	zh: '行政复议、行政诉讼',
	label: /总计/,
	cols: TABLE4_GROUPS.flatMap((g) =>
		TABLE4_RESULTS.map((r) => count(`${g.key}.${r.key}`, `${g.zh} ${r.zh}`))
	)
};

export const table2Blocks = (layout: Layout): readonly BlockDef[] =>
	layout === '2021' ? TABLE2_2021 : TABLE2_2019;
export const table3Rows = (layout: Layout): readonly Table3Row[] =>
	layout === '2021' ? TABLE3_2021 : TABLE3_2019;

/** Every table-三 row path of a layout, including the derived （六） subtotal in 2021. */
export const applicantRowPaths = (layout: Layout): string[] => {
	const paths = table3Rows(layout).map((r) => r.path);
	if (layout === '2021') paths.splice(paths.indexOf('applications.results.other.otherReasons') + 1, 0, 'applications.results.other.total');
	return paths;
};
