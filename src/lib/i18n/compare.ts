/** Labels of the /compare page (Chinese default, English second). */
import type { CompareMeasure } from '../db/queries';
import { defineMessages } from './index';

export const COMPARE_MESSAGES = defineMessages({
	zh: {
		title: '机关与地区比较',
		intro: '选择 2 至 6 个机关或地区，并列比较其依申请公开的办理情况。比率先求和再相除（不是各年比率的平均）；每个对象与同类比较：机关与同层级、同类型的机关比，地区与同级行政区比。',
		pickerLabel: '添加机关或地区',
		pickerPlaceholder: '输入机关名称、曾用名或地区名称',
		pickerNoMatch: '没有匹配的机关或地区。',
		pickerFull: '最多比较 6 个对象；请先移除一个。',
		pickerHint: (n: number) => `已选 ${n} / 6`,
		remove: (name: string) => `移除 ${name}`,
		clearAll: '全部移除',
		profile: '机关概况',
		startTitle: '从这里开始',
		startText: '在上方搜索并添加机关或地区，或从下面申请量最多的机关中选择。',
		suggestions: '新收申请最多的机关',
		compareTop: (n: number) => `比较前 ${n} 个`,
		needMore: '再添加至少一个对象进行比较。',
		peerAgency: (level: string, kind: string, n: number) => `同类：${level}${kind}，共 ${n} 个有报告`,
		peerRegion: (level: string, n: number) => `同类：${level}，共 ${n} 个有报告`,
		noReports: '所选年度和筛选条件下没有报告',
		unknown: '数据中找不到该对象',
		rates: '比率对比',
		ratesHint: '每个小图一个比率，各自的单位。◆ 为该对象同类的中位数；▲ / ▼ 为明显高于 / 低于同类的异常值。点击柱形定位到该对象。',
		table: '指标、同类排名与异常值',
		tableHint: '排名 “3 / 12” 表示在 12 个有数值的同类中排第 3（1 = 最高）。',
		outlierRule:
			'异常值：与同类中位数之差超过 3.5 倍稳健标准差（1.4826 × 中位数绝对偏差；该值为 0 时用 1.2533 × 平均绝对偏差），且同类中至少 5 个对象有数值（修正 z 分数，Iglewicz–Hoaglin）。只判断比率，不判断数量。',
		measure: '指标',
		rank: '排名',
		median: '同类中位数',
		outlierHigh: '异常偏高',
		outlierLow: '异常偏低',
		trend: '逐年变化',
		trendHint: '点击某一年，只看该年度。',
		trendMeasure: '指标',
		rankOf: (rank: number, n: number) => `${rank} / ${n}`,
		regionLevels: { province: '省级地区', city: '市级地区', county: '县级地区' } as Record<string, string>,
		entityTag: (type: 'agency' | 'region'): string => (type === 'agency' ? '机关' : '地区')
	},
	en: {
		title: 'Compare agencies and regions',
		intro: 'Pick 2 to 6 agencies or regions and compare how they handled information requests side by side. Ratios are sums divided by sums (never an average of yearly ratios); each one is compared with its peers: an agency with the agencies of the same level and kind, a region with the regions of the same division level.',
		pickerLabel: 'Add an agency or region',
		pickerPlaceholder: 'Agency name, former name, or region',
		pickerNoMatch: 'No matching agency or region.',
		pickerFull: 'At most 6 can be compared; remove one first.',
		pickerHint: (n: number) => `${n} of 6 selected`,
		remove: (name: string) => `Remove ${name}`,
		clearAll: 'Remove all',
		profile: 'Agency profile',
		startTitle: 'Start here',
		startText: 'Search above for agencies or regions to add, or pick among the agencies with the most new requests below.',
		suggestions: 'Agencies with most new requests',
		compareTop: (n: number) => `Compare the top ${n}`,
		needMore: 'Add at least one more to compare.',
		peerAgency: (level: string, kind: string, n: number) => `Peers: ${level} · ${kind}, ${n} with reports`,
		peerRegion: (level: string, n: number) => `Peers: ${level}, ${n} with reports`,
		noReports: 'No reports in the selected years and filters',
		unknown: 'Not found in the data',
		rates: 'Rates side by side',
		ratesHint: 'One small chart per rate, each in its own unit. ◆ marks the median of the entity’s peers; ▲ / ▼ mark outliers well above / below their peers. Click a bar to find that entity.',
		table: 'Measures, peer rank and outliers',
		tableHint: 'A rank “3 / 12” is 3rd among 12 peers with a value (1 = highest).',
		outlierRule:
			'Outlier: more than 3.5 robust standard deviations from the peer median (1.4826 × median absolute deviation; when that is 0, 1.2533 × mean absolute deviation), with at least 5 peers having a value (modified z-score, Iglewicz–Hoaglin). Ratios only, not counts.',
		measure: 'Measure',
		rank: 'Rank',
		median: 'Peer median',
		outlierHigh: 'Outlier: high',
		outlierLow: 'Outlier: low',
		trend: 'By year',
		trendHint: 'Click a year to show that year only.',
		trendMeasure: 'Measure',
		rankOf: (rank: number, n: number) => `${rank} / ${n}`,
		regionLevels: { province: 'Provinces', city: 'Cities', county: 'Counties' } as Record<string, string>,
		entityTag: (type: 'agency' | 'region') => (type === 'agency' ? 'Agency' : 'Region')
	}
});

/** Measure names: full (tables, selects) and short (small-chart titles). */
export const MEASURE_LABELS = defineMessages({
	zh: {
		new_received: '本年新收申请',
		processed: '办结',
		disclosed_share: '予以公开或部分公开占办结',
		denied_share: '不予公开占办结',
		unable_share: '无法提供占办结',
		not_processed_share: '不予处理占办结',
		reviews_per_100: '每百件办结的行政复议',
		lawsuits_per_100: '每百件办结的行政诉讼',
		correction_rate: '复议诉讼被纠错率',
		errors_per_report: '每份报告的错误',
		late_share: '逾期发布的报告占比'
	} satisfies Record<CompareMeasure, string>,
	en: {
		new_received: 'New requests',
		processed: 'Processed',
		disclosed_share: 'Disclosed (fully or partly), of processed',
		denied_share: 'Refused, of processed',
		unable_share: 'Unable to provide, of processed',
		not_processed_share: 'Not processed, of processed',
		reviews_per_100: 'Reviews per 100 processed',
		lawsuits_per_100: 'Lawsuits per 100 processed',
		correction_rate: 'Reviews and lawsuits corrected',
		errors_per_report: 'Error findings per report',
		late_share: 'Reports published late'
	}
});
