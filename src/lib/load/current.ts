/**
 * The dataset the site is showing, as a Svelte store: set by `loadDataset` and `ensureDataset` after every
 * successful load (a failed load leaves it as it was). The layout's dataset indicator and synthetic-data banner
 * read it, and a DashboardSession re-reads the years and filter options when it changes. A plain `svelte/store`
 * (not runes) so that the loaders stay importable from Node tests; in a component read it as `$currentDataset`,
 * in a rune class through `fromStore`.
 *
 * User data lives in this tab's memory only: a reload starts again from the bundled dataset.
 */
import { get, writable, type Readable } from 'svelte/store';
import type { DatasetInfo } from '../db/catalog';

const store = writable<DatasetInfo | null>(null);

/** The loaded dataset, or null before the first load. */
export const currentDataset: Readable<DatasetInfo | null> = { subscribe: store.subscribe };

/** Called by the loaders only (load-dataset.ts). Subscribers hear of a new dataset only (every load has a new id). */
export function setCurrentDataset(info: DatasetInfo): void {
	if (get(store)?.id !== info.id) store.set(info);
}

/** How the site names the dataset in use: the bundled one, or the user's with its report count. */
export function datasetBadge(info: DatasetInfo | null): { kind: 'none' | 'bundled' | 'user'; reports: number } {
	if (!info || info.origin === 'empty') return { kind: 'none', reports: 0 };
	return { kind: info.origin === 'bundled' ? 'bundled' : 'user', reports: info.counts.reports };
}
