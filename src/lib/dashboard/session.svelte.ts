/**
 * What every dashboard page shares (overview, agencies, compare, compliance, print, embed): the view read from the
 * URL, the browser database with the current dataset (the bundled one unless the user loaded their own), the
 * filter choices, and panels whose queries re-run when the filters change.
 *
 * Use in a page:
 *
 *   const s = new DashboardSession('/compare');
 *   onMount(() => s.start());
 *   let rows = $state.raw(loadingSlot<Row>());
 *   $effect(() => s.whenReady((runner, f) => s.run(() => runner.query(q, f), (x) => (rows = x))));
 *
 * The view is read once mounted (no search parameters while prerendering), so the first client render matches
 * the prerendered page; every later navigation (filters, back/forward, language) re-derives it.
 */
import { untrack } from 'svelte';
import { fromStore } from 'svelte/store';
import { goto } from '$app/navigation';
import { asset, resolve } from '$app/paths';
import { page } from '$app/state';
import type { DatasetInfo } from '$lib/db/catalog';
import { datasetSummary, filterFacets } from '$lib/db/queries';
import type { QueryRunner } from '$lib/db/runner';
import { DEFAULT_VIEW, filterOptions, parseView, toQueryFilters, viewSearch, type FilterOptions, type QueryFilters, type View } from '$lib/filters';
import { messages } from '$lib/i18n';
import { currentDataset } from '$lib/load/current';

/** One panel's rows and state. Previous rows stay on screen while a new filter's rows load. */
export interface Slot<T> {
	status: 'loading' | 'ready' | 'empty' | 'error';
	rows: T[];
	error: string | null;
	/** The filters (the session's `filtersKey`) the rows answer, when they came from a query round. */
	filters?: string;
}
export const loadingSlot = <T>(): Slot<T> => ({ status: 'loading', rows: [], error: null });

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A route of the site that shows a view (its URL keeps the filters). Add a route here when it exists. */
export type ViewPath = '/' | '/agencies' | `/agencies/${string}` | '/compare' | '/compliance' | '/print' | `/embed/${string}`;

/** The base-prefixed path of a concrete route path (`/agencies/ab12…` as well as `/`). */
const pathOf = (path: ViewPath): string => (resolve as (p: string) => string)(path);

export class DashboardSession {
	mounted = $state(false);
	runner = $state.raw<QueryRunner | null>(null);
	/** The years the dataset covers. */
	range = $state.raw<{ min: number; max: number } | null>(null);
	options = $state.raw<FilterOptions>(filterOptions([], null));
	dataset = $state.raw<DatasetInfo | null>(null);
	bootError = $state<string | null>(null);
	/** Queries in flight. */
	pending = $state(0);
	/** Download progress of the dataset while it loads, 0..1 (null when unknown). */
	progress = $state<number | null>(null);
	progressText = $state('');

	readonly view: View = $derived(this.mounted ? parseView(page.url.searchParams) : DEFAULT_VIEW);
	readonly lang = $derived(this.view.lang);
	readonly t = $derived(messages(this.lang));
	readonly filters: QueryFilters | null = $derived(this.range ? toQueryFilters(this.view, this.range) : null);
	/** Changes exactly when the filters do (a stable key for effects and for tests: `data-filters`). */
	readonly filtersKey = $derived(JSON.stringify(this.filters));
	/** 'loading' until the database is ready, 'busy' while queries run, then 'ready' (or 'error'). */
	readonly state = $derived(this.bootError ? 'error' : this.runner === null ? 'loading' : this.pending > 0 ? 'busy' : 'ready');

	private seq = 0;
	private readonly current = fromStore(currentDataset);
	/** The dataset a reboot is under way for (so that it starts once). */
	private rebooting: string | null = null;

	/**
	 * @param path the page's route
	 * @param ownParams URL parameters of this page besides the view's (e.g. `ids` on /compare): kept when the
	 *   filters change, read with {@link param}.
	 */
	constructor(
		readonly path: ViewPath,
		readonly ownParams: readonly string[] = []
	) {}

	/** One of this page's own URL parameters (null before mount or when absent). */
	param(name: string): string | null {
		return this.mounted ? page.url.searchParams.get(name) : null;
	}

	/**
	 * Call from onMount (`onMount(() => s.start())`: the returned function stops it): reads the URL, opens the
	 * database and the dataset (bundled unless one is loaded), and boots again, with the new dataset's years and
	 * filter options, whenever another dataset is loaded while the page is open (the header's switch back).
	 */
	start(): () => void {
		this.mounted = true;
		void this.boot();
		return $effect.root(() => {
			$effect(() => {
				const id = this.current.current?.id;
				untrack(() => {
					if (id && this.dataset && id !== this.dataset.id && id !== this.rebooting) {
						this.rebooting = id;
						void this.boot();
					}
				});
			});
		});
	}

	private async boot(): Promise<void> {
		this.bootError = null;
		try {
			const [{ ensureDataset, BUNDLED_PATH }, { getDatabase }] = await Promise.all([import('$lib/load'), import('$lib/db/wasm-runner')]);
			const dataset = await ensureDataset(asset(BUNDLED_PATH), (p) => {
				this.progress = p.total > 0 ? Math.min(1, p.done / p.total) : null;
				this.progressText = p.message;
			});
			const db = await getDatabase();
			const [summary] = await db.runner.query(datasetSummary, {});
			if (!summary || summary.year_min === null || summary.year_max === null) throw new Error(this.t.empty);
			const years = { min: summary.year_min, max: summary.year_max };
			this.options = filterOptions(await db.runner.query(filterFacets, {}), years);
			this.dataset = dataset;
			this.range = years;
			this.runner = db.runner;
		} catch (e) {
			this.bootError = errorText(e);
		}
	}

	/**
	 * Calls `refresh` with the runner and filters once both are ready, and again whenever the filters change.
	 * Call inside `$effect` (it reads the filters key to subscribe; `refresh` itself is not tracked).
	 */
	whenReady(refresh: (runner: QueryRunner, filters: QueryFilters, range: { min: number; max: number }) => void): void {
		void this.filtersKey;
		const r = this.runner;
		const f = this.filters;
		const rg = this.range;
		if (r && f && rg) untrack(() => refresh(r, f, rg));
	}

	/** Starts a new round of queries: answers of an older round are dropped. Returns the round's runner. */
	newRound(): <T>(query: () => Promise<T[]>, set: (s: Slot<T>) => void, isEmpty?: (rows: T[]) => boolean) => void {
		const id = ++this.seq;
		const filters = untrack(() => this.filtersKey);
		return (query, set, isEmpty = (rows) => rows.length === 0) => {
			this.pending++;
			query()
				.then((rows) => id === this.seq && set({ status: isEmpty(rows) ? 'empty' : 'ready', rows, error: null, filters }))
				.catch((e: unknown) => id === this.seq && set({ status: 'error', rows: [], error: errorText(e), filters }))
				.finally(() => this.pending--);
		};
	}

	/**
	 * Writes a view to the URL of this page (a history entry, so back/forward walk through filter changes). The
	 * page's own parameters are kept unless `own` gives new values (null removes one).
	 */
	navigate(next: View, own: Record<string, string | null> = {}): void {
		const params = new URLSearchParams(viewSearch(next));
		for (const name of this.ownParams) {
			const v = name in own ? own[name] : this.param(name);
			if (v !== null && v !== undefined && v !== '') params.set(name, v);
		}
		const q = params.toString();
		void goto(`${pathOf(this.path)}${q ? `?${q}` : ''}`, { replaceState: false, noScroll: true, keepFocus: true });
	}

	/** A link to another page with the same view (filters and language). */
	href(path: ViewPath, view: View = this.view): string {
		return `${pathOf(path)}${viewSearch(view)}`;
	}

	/** A panel's state given its slot: a boot failure shows in every panel. */
	status<T>(slot: Slot<T>): Slot<T>['status'] {
		return this.bootError ? 'error' : slot.status;
	}
	errorOf<T>(slot: Slot<T>): string | null {
		return this.bootError ?? slot.error;
	}
}
