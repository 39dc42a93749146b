/** The report's section skeleton (FORMAT.md §1, 2021 template wording) and the neutral texts the renderer prints. */
import type { AnnualReport } from '../schema';

export const SECTION_HEADINGS = {
	overview: '一、总体情况',
	proactive: '二、主动公开政府信息情况',
	applications: '三、收到和处理政府信息公开申请情况',
	reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况',
	problems: '五、存在的主要问题及改进情况',
	other: '六、其他需要报告的事项'
} as const;

/**
 * Section 一 text. Neutral and free of digits (and of Chinese numerals), so that a parser reading the rendered report
 * finds no narrative figures: the renderer prints the tables, not the report's sentences.
 */
export const OVERVIEW_TEXT = '本报告按照《中华人民共和国政府信息公开条例》和年度报告格式编制。';
/** Sections 五 and 六 text (reads as "nothing to report"; no fee is mentioned). */
export const NOTHING_TEXT = '无。';

/** The report title: `${year}年政府信息公开工作年度报告`, printed on the line after the agency name. */
export const reportTitle = (record: AnnualReport): string => `${record.year}年政府信息公开工作年度报告`;
