/**
 * The bodies a government has, for the synthetic agency mix: the usual 政府工作部门 of a county, prefecture and
 * province (names as they are commonly written at each level), and a selection of 国务院部门. Categories are not
 * listed here: they come from the name, through the same `classifyAgency` the ingest uses, so synthetic and real
 * agencies are classified alike.
 *
 * `core` departments exist in (almost) every government; the others in most (see agencies.ts for the shares).
 * `weight` scales how many 依申请公开 requests a department gets relative to a typical one (自然资源, 住建, 公安
 * and 人社 receive the most; 档案, 统计 the fewest).
 */

export interface DepartmentDef {
	/** ASCII slug, part of the agency id (`syn-330212-gongan`). */
	slug: string;
	/** Name below a county or prefecture government (`${region}${county}`). */
	local: string;
	/** Name below a province (厅 for provinces and autonomous regions). */
	provincial: string;
	/** Name below a 直辖市 (局/委, like a prefecture). */
	municipal?: string;
	core: boolean;
	weight: number;
	/** Relative volume of 行政许可 / 行政处罚 / 行政强制 decisions (table 二), 0 for bodies that make none. */
	licensing: number;
	punishment: number;
	/** Collects 行政事业性收费 (table 二 fees). */
	fees: boolean;
}

const d = (
	slug: string,
	local: string,
	provincial: string,
	core: boolean,
	weight: number,
	licensing: number,
	punishment: number,
	fees = false,
	municipal?: string
): DepartmentDef => ({ slug, local, provincial, core, weight, licensing, punishment, fees, ...(municipal ? { municipal } : {}) });

export const DEPARTMENTS: readonly DepartmentDef[] = [
	d('fagai', '发展和改革局', '发展和改革委员会', true, 0.8, 0.3, 0.05, false, '发展和改革委员会'),
	d('jiaoyu', '教育局', '教育厅', true, 1.2, 0.4, 0.05, true, '教育委员会'),
	d('kexue', '科学技术局', '科学技术厅', true, 0.4, 0.1, 0.01, false, '科学技术委员会'),
	d('gongxin', '工业和信息化局', '工业和信息化厅', false, 0.5, 0.2, 0.05, false, '经济和信息化委员会'),
	d('gongan', '公安局', '公安厅', true, 1.8, 3, 4, true),
	d('minzheng', '民政局', '民政厅', true, 0.9, 0.3, 0.05),
	d('sifa', '司法局', '司法厅', true, 0.6, 0.3, 0.1),
	d('caizheng', '财政局', '财政厅', true, 0.9, 0.1, 0.05, true),
	d('renshe', '人力资源和社会保障局', '人力资源和社会保障厅', true, 1.6, 0.8, 0.3, false),
	d('ziran', '自然资源局', '自然资源厅', true, 3.2, 1.2, 0.6, true, '规划和自然资源委员会'),
	d('shengtai', '生态环境局', '生态环境厅', true, 1.3, 0.8, 1.2, false),
	d('zhujian', '住房和城乡建设局', '住房和城乡建设厅', true, 2.4, 1.5, 0.6, true, '住房和城乡建设委员会'),
	d('jiaotong', '交通运输局', '交通运输厅', true, 1.2, 2, 2.5, true, '交通委员会'),
	d('shuili', '水利局', '水利厅', false, 0.6, 0.6, 0.2, true, '水务局'),
	d('nongye', '农业农村局', '农业农村厅', true, 1.0, 0.8, 0.5, false, '农业农村局'),
	d('shangwu', '商务局', '商务厅', false, 0.4, 0.3, 0.1, false),
	d('wenlv', '文化和旅游局', '文化和旅游厅', false, 0.5, 0.6, 0.4, false),
	d('weijian', '卫生健康局', '卫生健康委员会', true, 1.3, 1.5, 0.8, true, '卫生健康委员会'),
	d('tuiyi', '退役军人事务局', '退役军人事务厅', false, 0.5, 0, 0),
	d('yingji', '应急管理局', '应急管理厅', true, 0.7, 0.6, 0.8),
	d('shenji', '审计局', '审计厅', false, 0.3, 0, 0.02),
	d('guozi', '国有资产监督管理局', '人民政府国有资产监督管理委员会', false, 0.3, 0, 0, false, '人民政府国有资产监督管理委员会'),
	d('shichang', '市场监督管理局', '市场监督管理局', true, 1.6, 2.5, 3, true),
	d('tiyu', '体育局', '体育局', false, 0.2, 0.1, 0.02),
	d('tongji', '统计局', '统计局', false, 0.3, 0, 0.1),
	d('yibao', '医疗保障局', '医疗保障局', false, 0.8, 0.1, 0.3),
	d('xinfang', '信访局', '信访局', false, 0.5, 0, 0),
	d('shenpi', '行政审批局', '政务服务管理局', false, 0.9, 4, 0, true, '政务服务和数据管理局'),
	d('chengguan', '城市管理和综合执法局', '城市管理和综合执法局', false, 0.9, 0.8, 2.5, true, '城市管理委员会'),
	d('linye', '林业局', '林业局', false, 0.5, 0.5, 0.4),
	d('dangan', '档案馆', '档案馆', false, 0.1, 0, 0),
	d('jinrong', '地方金融管理局', '地方金融管理局', false, 0.2, 0.1, 0.05),
	d('minzong', '民族宗教事务局', '民族宗教事务委员会', false, 0.2, 0.05, 0.02)
];

/** 国务院组成部门 and 直属机构 that publish annual reports (a selection); national level, no region. */
export const MINISTRIES: readonly DepartmentDef[] = [
	['fagai', '国家发展和改革委员会', 0.6, 0.3],
	['jiaoyu', '教育部', 0.8, 0.2],
	['kexue', '科学技术部', 0.3, 0.1],
	['gongxin', '工业和信息化部', 0.6, 0.5],
	['gongan', '公安部', 1.2, 0.4],
	['minzheng', '民政部', 0.5, 0.1],
	['sifa', '司法部', 0.7, 0.2],
	['caizheng', '财政部', 1.0, 0.1],
	['renshe', '人力资源和社会保障部', 1.2, 0.3],
	['ziran', '自然资源部', 3.0, 0.6],
	['shengtai', '生态环境部', 1.0, 0.4],
	['zhujian', '住房和城乡建设部', 1.5, 0.4],
	['jiaotong', '交通运输部', 0.8, 0.6],
	['shuili', '水利部', 0.5, 0.3],
	['nongye', '农业农村部', 0.7, 0.5],
	['shangwu', '商务部', 0.5, 0.5],
	['wenlv', '文化和旅游部', 0.4, 0.3],
	['weijian', '国家卫生健康委员会', 1.0, 0.5],
	['tuiyi', '退役军人事务部', 0.4, 0],
	['yingji', '应急管理部', 0.5, 0.3],
	['shenji', '审计署', 0.3, 0],
	['shichang', '国家市场监督管理总局', 1.2, 0.8],
	['tongji', '国家统计局', 0.3, 0],
	['shuiwu', '国家税务总局', 0.9, 0.3],
	['yibao', '国家医疗保障局', 0.6, 0.1]
].map(([slug, name, weight, licensing]) =>
	d(slug as string, name as string, name as string, true, weight as number, licensing as number, (licensing as number) / 2)
);
