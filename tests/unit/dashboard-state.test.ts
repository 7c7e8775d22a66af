/**
 * The dashboard's view state in the URL (`dashboard/state.ts`): read with fallbacks to remembered values and
 * defaults, unknown values dropped, peer groups parsed and offered, parameters written in a fixed order.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import {
	customKey,
	defaultOtherKpi,
	peerSpec,
	readState,
	stateKey,
	stateQuery,
	withCustomGroup
} from '../../src/lib/dashboard/state.ts';
import { peerOptions } from '../../src/lib/dashboard/labels.ts';

const catalogue = loadCatalogue();

const params = (q: string) => new URLSearchParams(q);
const ctx = {
	authorityIds: ['01001', '01002', '05334'],
	periods: [2021, 2022, 2023],
	customGroups: [{ name: 'Nachbarn', members: ['05334', '01001'] }]
};

describe('view state in the URL', () => {
	it('reads a complete state', () => {
		expect(readState(params('authority=05334&period=2022&peers=kind'), ctx)).toEqual({
			authorityId: '05334',
			period: 2022,
			peers: 'kind'
		});
	});
	it('falls back to remembered values, then to defaults (first member, latest period, size class)', () => {
		expect(readState(params(''), ctx)).toEqual({ authorityId: '01001', period: 2023, peers: 'size' });
		expect(readState(params('period=2021'), ctx, { authorityId: '01002', peers: 'ring' })).toEqual({
			authorityId: '01002',
			period: 2021,
			peers: 'ring'
		});
	});
	it('drops unknown authorities, periods and groups', () => {
		expect(readState(params('authority=99999&period=1999&peers=custom:Fremd'), ctx)).toEqual({
			authorityId: '01001',
			period: 2023,
			peers: 'size'
		});
	});
	it('parses every peer group of the catalogue, nearest with N and stored custom groups', () => {
		for (const type of ['ring', 'size', 'kind', 'state', 'kind_size'])
			expect(peerSpec(type, [])).toEqual({ type });
		expect(peerSpec('nearest', [])).toEqual({ type: 'nearest', n: 10 });
		expect(peerSpec('nearest:5', [])).toEqual({ type: 'nearest', n: 5 });
		expect(peerSpec('nearest:0', [])).toBeNull();
		expect(peerSpec('custom:Nachbarn', ctx.customGroups)).toEqual({
			type: 'custom',
			name: 'Nachbarn',
			members: ['05334', '01001']
		});
		expect(peerSpec('custom:Andere', ctx.customGroups)).toBeNull();
		expect(peerSpec('bogus', [])).toBeNull();
	});
	it('writes the parameters in a fixed order, encoded', () => {
		const q = stateQuery(
			{ authorityId: '05334', period: 2023, peers: customKey('Städte & Kreise') },
			{ vs: 'x' }
		);
		expect(q).toBe(
			'authority=05334&period=2023&peers=custom%3AStädte%20%26%20Kreise&vs=x'.replace(
				'Städte',
				encodeURIComponent('Städte')
			)
		);
		expect(
			readState(params(q), { ...ctx, customGroups: [{ name: 'Städte & Kreise', members: [] }] })?.peers
		).toBe('custom:Städte & Kreise');
	});
	it('cache keys change when a custom group is edited under the same name', () => {
		const s = { authorityId: '05334', period: 2023, peers: 'custom:Nachbarn' };
		const a = stateKey(s, ctx.customGroups);
		const b = stateKey(s, [{ name: 'Nachbarn', members: ['05334', '01002'] }]);
		expect(a).not.toBe(b);
	});
	it('stores custom groups by name, members de-duplicated', () => {
		const groups = withCustomGroup(ctx.customGroups, {
			name: ' Nachbarn ',
			members: ['05334', '01002', '01002']
		});
		expect(groups).toEqual([{ name: 'Nachbarn', members: ['05334', '01002'] }]);
	});
	it('offers every group type and the custom groups in the peer picker', () => {
		const options = peerOptions(ctx.customGroups);
		expect(options.map((o) => o.key)).toEqual([
			'size',
			'kind_size',
			'kind',
			'state',
			'ring',
			'nearest',
			'custom:Nachbarn'
		]);
		expect(options.at(-1)?.label).toBe('Eigene Gruppe: Nachbarn');
	});
	it('defaults the scatter to the classic pair', () => {
		const ids = catalogue.kpis.map((k) => k.id);
		expect(defaultOtherKpi('cost_per_decision', ids)).toBe('avg_processing_days');
		expect(defaultOtherKpi('avg_processing_days', ids)).toBe('cost_per_decision');
	});
});
