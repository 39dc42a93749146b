import { error } from '@sveltejs/kit';
import { isOverviewPanel, OVERVIEW_PANEL_IDS } from '$lib/panels/overview';
import type { EntryGenerator, PageLoad } from './$types';

// One static page per panel (plain static hosting); the filters are read from the URL once mounted.
export const entries: EntryGenerator = () => OVERVIEW_PANEL_IDS.map((panel) => ({ panel }));

export const load: PageLoad = ({ params }) => {
	if (!isOverviewPanel(params.panel)) error(404, `unknown panel: ${params.panel}`);
	return { panel: params.panel };
};
