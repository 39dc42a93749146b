/** Labels of the dataset loading indicator shown while the overview's first paint waits for DuckDB. */
import { defineMessages } from './index';

export const FIRST_PAINT_MESSAGES = defineMessages({
	zh: {
		progressLabel: '数据集载入进度',
		downloading: (pct: number) => `正在下载数据集 ${pct}%`,
		opening: '正在打开数据库…'
	},
	en: {
		progressLabel: 'Dataset loading progress',
		downloading: (pct: number) => `Downloading the dataset ${pct}%`,
		opening: 'Opening the database…'
	}
});
