/**
 * The rows of a set of overview panels for a page (the overview shows all five, an embed page one): each panel's
 * named query re-runs, in one round, whenever the filters change.
 *
 *   const data = new OverviewData(s, ['trend']);
 *   $effect(() => data.load());
 */
import { loadingSlot, type DashboardSession, type Slot } from '$lib/dashboard/session.svelte';
import type { OverviewRows } from '$lib/dashboard/overview';
import { OVERVIEW_PANEL_IDS, panelSpec, type OverviewPanelId, type PanelRow } from './overview';

export type PanelSlots = { [K in OverviewPanelId]: Slot<PanelRow<K>> };

const allLoading = (): PanelSlots => Object.fromEntries(OVERVIEW_PANEL_IDS.map((id) => [id, loadingSlot()])) as PanelSlots;

/** Slots already answered with rows computed elsewhere (the build-time first paint). */
export const readySlots = (rows: OverviewRows): PanelSlots =>
	Object.fromEntries(OVERVIEW_PANEL_IDS.map((id) => [id, { status: 'ready', rows: rows[id], error: null }])) as PanelSlots;

/**
 * One reactive cell per panel: an answer re-renders only its own panel. (One object replaced per answer made all five
 * panels, and their four charts, redraw five times per filter change.)
 */
function slotCells(initial: PanelSlots): PanelSlots {
	const cells = {} as PanelSlots;
	for (const id of OVERVIEW_PANEL_IDS) {
		let slot = $state.raw<Slot<unknown>>(initial[id]);
		Object.defineProperty(cells, id, {
			enumerable: true,
			get: () => slot,
			set: (next: Slot<unknown>) => (slot = next)
		});
	}
	return cells;
}

/** How many panels, from the top, are asked first (the overview's KPIs and outcomes fill a 1366×768 screen). */
const TOP_PANELS = 2;

/** Resolves after the browser has drawn the next frame (its rendering steps, then a task). */
const afterNextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));

export class OverviewData {
	readonly slots: PanelSlots;
	/** Rounds of live queries started so far. */
	rounds = $state(0);

	constructor(
		readonly session: DashboardSession,
		readonly ids: readonly OverviewPanelId[],
		initial?: PanelSlots
	) {
		this.slots = slotCells(initial ?? allLoading());
	}

	/** Every panel back to its loading state (e.g. leaving rows that belong to another view). */
	reset(): void {
		Object.assign(this.slots, allLoading());
	}

	/** Call inside `$effect`: runs the panels' queries once the database is ready and again on every filter change. */
	load(): void {
		this.session.whenReady((runner, f, range) => {
			const run = this.session.newRound();
			// The panels at the top of the page (KPIs, outcomes) first; the others' queries start once those are answered
			// and drawn, so that DuckDB's worker does not take a core from the drawing (at national scale the top agencies
			// and findings take ~100 ms each in the worker, on a two-core machine).
			const ask = (id: OverviewPanelId) => runner.query(panelSpec(id).query, panelSpec(id).params(f, range));
			const first = new Map(this.ids.slice(0, TOP_PANELS).map((id) => [id, ask(id)]));
			const drawn = this.ids.length > first.size ? Promise.allSettled(first.values()).then(afterNextPaint) : null;
			for (const id of this.ids) {
				const spec = panelSpec(id);
				run(
					() => first.get(id) ?? drawn!.then(() => ask(id)),
					(slot) => ((this.slots as Record<OverviewPanelId, Slot<unknown>>)[id] = slot),
					spec.isEmpty ? (rows) => spec.isEmpty!(rows, f) : undefined
				);
			}
			this.rounds++;
		});
	}
}
