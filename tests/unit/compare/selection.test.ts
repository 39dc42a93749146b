import { describe, expect, it } from 'vitest';
import { addEntity, entityKey, MAX_ENTITIES, parseSelection, removeEntity, selectionParams, selectionQuery } from '../../../src/lib/compare/selection';

describe('compare selection in the URL', () => {
	it('parses agencies then regions, dropping malformed and repeated entries', () => {
		expect(parseSelection('a-1, a-2,,a-1', '350128,35012x,350128,330000')).toEqual([
			{ type: 'agency', id: 'a-1' },
			{ type: 'agency', id: 'a-2' },
			{ type: 'region', id: '350128' },
			{ type: 'region', id: '330000' }
		]);
		expect(parseSelection(null, null)).toEqual([]);
		expect(parseSelection('has space', '')).toEqual([]);
	});

	it('keeps at most six', () => {
		const sel = parseSelection('a,b,c,d,e', '110000,120000');
		expect(sel).toHaveLength(MAX_ENTITIES);
		expect(sel.at(-1)).toEqual({ type: 'region', id: '110000' });
		expect(addEntity(sel, { type: 'agency', id: 'z' })).toBe(sel);
	});

	it('round-trips through the URL parameters and the query parameters', () => {
		const sel = parseSelection('a,b', '350128');
		expect(selectionParams(sel)).toEqual({ ids: 'a,b', regions: '350128' });
		expect(parseSelection(selectionParams(sel).ids, selectionParams(sel).regions)).toEqual(sel);
		expect(selectionParams([])).toEqual({ ids: null, regions: null });
		expect(selectionQuery([])).toEqual({ ids: '', regions: '' });
	});

	it('adds (no duplicates; agencies stay before regions) and removes', () => {
		let sel = parseSelection(null, '350128');
		sel = addEntity(sel, { type: 'agency', id: 'x' });
		expect(sel.map(entityKey)).toEqual(['agency:x', 'region:350128']);
		expect(addEntity(sel, { type: 'agency', id: 'x' })).toBe(sel);
		expect(removeEntity(sel, { type: 'region', id: '350128' }).map(entityKey)).toEqual(['agency:x']);
	});
});
