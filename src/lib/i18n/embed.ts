/** Labels of the export menu and the embed page. */
import { defineMessages } from './index';

export const EMBED_MESSAGES = defineMessages({
	zh: {
		exportMenu: '导出',
		exportMenuLabel: (title: string) => `导出“${title}”`,
		copyEmbed: '复制嵌入代码',
		png: '下载图片（PNG）',
		svg: '下载矢量图（SVG）',
		csv: '下载数据（CSV）',
		xlsx: '下载数据（Excel）',
		parquet: '下载数据（Parquet）',
		embedTitle: '嵌入代码',
		embedHint: '将以下代码粘贴到网页中，即可显示此面板（保留当前筛选条件与语言）。',
		copied: '已复制到剪贴板。',
		copyFailed: '无法写入剪贴板，请选中代码后手动复制。',
		copyAgain: '复制',
		close: '关闭',
		failed: '导出失败：',
		sourceLabel: '数据来源',
		fullView: '查看完整视图',
		newTab: '（在新标签页中打开）',
		unknownPanel: '没有这个面板。'
	},
	en: {
		exportMenu: 'Export',
		exportMenuLabel: (title: string) => `Export “${title}”`,
		copyEmbed: 'Copy embed code',
		png: 'Download image (PNG)',
		svg: 'Download vector image (SVG)',
		csv: 'Download data (CSV)',
		xlsx: 'Download data (Excel)',
		parquet: 'Download data (Parquet)',
		embedTitle: 'Embed code',
		embedHint: 'Paste this code into a web page to show this panel (with the current filters and language).',
		copied: 'Copied to the clipboard.',
		copyFailed: 'The clipboard is not available: select the code and copy it.',
		copyAgain: 'Copy',
		close: 'Close',
		failed: 'Export failed: ',
		sourceLabel: 'Source',
		fullView: 'Open the full view',
		newTab: '(opens in a new tab)',
		unknownPanel: 'There is no such panel.'
	}
});
