/** Pure chart-option builders (rows → EChartsOption) and their table twins; the ECharts runtime is in echarts.ts. */
export { applicantOption, applicantTable, applicantTotals, APPLICANTS } from './applicants';
export { findingsOption, findingsTable, SEVERITIES } from './findings';
export { escapeHtml, formatAxis, formatChange, formatNumber, formatPercent, formatPoints } from './format';
export { buildKpis, kpiTable, type Kpi, type KpiResult, type KpiRow } from './kpis';
export type { DataTable } from './table';
export { OUTCOME_COLORS, APPLICANT_COLORS, SEVERITY_COLORS } from './theme';
export { topAgenciesOption, topAgenciesTable, shortName } from './top-agencies';
export { OUTCOMES, trendOption, trendTable } from './trend';
export { agencyMeasures, agencyShareOption, agencyTrendTable, agencyVolumeOption, type ProfileRow, type YearMeasures } from './agency-trend';
export { sparkline, type Sparkline, type SparkPoint } from './sparkline';
export { heatColors, heatModel, regionCounts, regionOption, regionTable, REGION_BARS, type HeatCell, type HeatModel, type HeatRule, type RegionCount } from './compliance';
