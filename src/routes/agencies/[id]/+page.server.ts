/**
 * Build time only: one prerendered page per agency of the bundled dataset. There is no server load, so a client-side
 * navigation to any other id (an agency of a dataset the user loaded) needs no server data and works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => {
	const records = JSON.parse(readFileSync(join(process.cwd(), 'data/default/records.json'), 'utf8')) as { agency: { id: string } }[];
	return [...new Set(records.map((r) => r.agency.id))].sort().map((id) => ({ id }));
};
