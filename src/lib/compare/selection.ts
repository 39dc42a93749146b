/**
 * The selection of /compare as URL parameters: `ids` (agency ids) and `regions` (GB/T 2260 codes), each
 * comma-separated, at most {@link MAX_ENTITIES} together. Parsing is lenient like the view's (filters/index.ts):
 * malformed or repeated entries are dropped, entries past the sixth ignored. Pure.
 */
import { z } from 'zod';

export const MAX_ENTITIES = 6;

export type EntityType = 'agency' | 'region';

export interface EntityRef {
	type: EntityType;
	id: string;
}

/** The selection in display order: agencies (in URL order), then regions. */
export type Selection = EntityRef[];

const AgencyId = z.string().trim().min(1).max(200).regex(/^[^,\s]+$/);
const RegionCode = z.string().regex(/^\d{6}$/);

/** `agency:<id>` or `region:<code>`: one key per entity (colours, DOM ids, row lookups). */
export const entityKey = (e: EntityRef): string => `${e.type}:${e.id}`;

function list(raw: string | null, schema: z.ZodType<string>): string[] {
	if (!raw) return [];
	const out: string[] = [];
	for (const part of raw.split(',')) {
		const r = schema.safeParse(part.trim());
		if (r.success && !out.includes(r.data)) out.push(r.data);
	}
	return out;
}

/** URL parameters → selection (at most six, agencies first). */
export function parseSelection(ids: string | null, regions: string | null): Selection {
	const sel: Selection = [
		...list(ids, AgencyId).map((id) => ({ type: 'agency' as const, id })),
		...list(regions, RegionCode).map((id) => ({ type: 'region' as const, id }))
	];
	return sel.slice(0, MAX_ENTITIES);
}

/** Selection → the page's own URL parameters (null = absent). */
export function selectionParams(sel: Selection): { ids: string | null; regions: string | null } {
	const of = (type: EntityType) => sel.filter((e) => e.type === type).map((e) => e.id);
	const ids = of('agency');
	const regions = of('region');
	return { ids: ids.length ? ids.join(',') : null, regions: regions.length ? regions.join(',') : null };
}

/** The query parameters of compare-entities / compare-trend ('' = none). */
export function selectionQuery(sel: Selection): { ids: string; regions: string } {
	const p = selectionParams(sel);
	return { ids: p.ids ?? '', regions: p.regions ?? '' };
}

export const hasEntity = (sel: Selection, e: EntityRef): boolean => sel.some((x) => x.type === e.type && x.id === e.id);

/** Adds an entity (unchanged when already there or when six are selected). */
export function addEntity(sel: Selection, e: EntityRef): Selection {
	if (hasEntity(sel, e) || sel.length >= MAX_ENTITIES) return sel;
	// Keep the display order the URL gives back: agencies first, then regions.
	return parseSelection(selectionParams([...sel, e]).ids, selectionParams([...sel, e]).regions);
}

export function removeEntity(sel: Selection, e: EntityRef): Selection {
	return sel.filter((x) => !(x.type === e.type && x.id === e.id));
}
