/**
 * The rows of a set of overview panels for a page (the overview shows all five, an embed page one): each panel's
 * named query re-runs, in one round, whenever the filters change.
 *
 *   const data = new OverviewData(s, ['trend']);
 *   $effect(() => data.load());
 */
import { loadingSlot, type DashboardSession, type Slot } from '$lib/dashboard/session.svelte';
import { OVERVIEW_PANEL_IDS, panelSpec, type OverviewPanelId, type PanelRow } from './overview';

export type PanelSlots = { [K in OverviewPanelId]: Slot<PanelRow<K>> };

export class OverviewData {
	slots = $state.raw<PanelSlots>(Object.fromEntries(OVERVIEW_PANEL_IDS.map((id) => [id, loadingSlot()])) as PanelSlots);

	constructor(
		readonly session: DashboardSession,
		readonly ids: readonly OverviewPanelId[]
	) {}

	/** Call inside `$effect`: runs the panels' queries once the database is ready and again on every filter change. */
	load(): void {
		this.session.whenReady((runner, f, range) => {
			const run = this.session.newRound();
			for (const id of this.ids) {
				const spec = panelSpec(id);
				run(
					() => runner.query(spec.query, spec.params(f, range)),
					(slot) => (this.slots = { ...this.slots, [id]: slot }),
					spec.isEmpty ? (rows) => spec.isEmpty!(rows, f) : undefined
				);
			}
		});
	}
}
