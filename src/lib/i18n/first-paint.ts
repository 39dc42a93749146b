/** Labels of the overview's first paint and of the dataset loading indicator. */
import { defineMessages } from './index';

export const FIRST_PAINT_MESSAGES = defineMessages({
	zh: {
		progressLabel: '数据集载入进度',
		downloading: (pct: number) => `正在下载数据集 ${pct}%`,
		opening: '正在打开数据库…',
		prerendered: '图表为构建时预先生成，数据库就绪后可交互。'
	},
	en: {
		progressLabel: 'Dataset loading progress',
		downloading: (pct: number) => `Downloading the dataset ${pct}%`,
		opening: 'Opening the database…',
		prerendered: 'Charts were prepared at build time; they become interactive once the database is ready.'
	}
});
