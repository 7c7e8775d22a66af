/**
 * The ring's bulk load (ring-tables.ts) in the browser's conditions: the app's Content-Security-Policy
 * forbids evaluating strings as code, and Arrow's builders (`vectorFromArray`) compile their null
 * checks with `new Function` — a load built so stops in the page with an EvalError, while Node runs it
 * happily. So the tables and their IPC stream (what DuckDB-WASM receives) are made here with `Function`
 * unusable. (That the load gives the same numbers as before is columnar-before.test.ts.)
 */
import { tableToIPC } from 'apache-arrow';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { prepareRing } from '../../src/lib/engine/ring-tables.ts';
import { rough } from './support/rings.ts';

const catalogue = loadCatalogue();
const countIds = catalogue.base_counts.map((b) => b.id);
const original = globalThis.Function;
afterEach(() => {
	globalThis.Function = original;
});

describe('the ring as Arrow tables', () => {
	it('are made and serialised without evaluating code (the app’s CSP)', () => {
		const ring = rough(5); // odd names, counts outside the catalogue, a later duplicate
		globalThis.Function = new Proxy(original, {
			apply: () => {
				throw new EvalError('CSP: unsafe-eval');
			},
			construct: () => {
				throw new EvalError('CSP: unsafe-eval');
			}
		});
		const { tables, counts } = prepareRing(ring, countIds, catalogue.size_classes);
		const bytes = tables.map(([, table]) => tableToIPC(table, 'stream').length);
		globalThis.Function = original;
		expect(bytes.every((n) => n > 0)).toBe(true);
		expect(counts.rows).toBeGreaterThan(50);
		expect(tables.map(([name]) => name)).toEqual([
			'authorities',
			'authority_periods',
			'base_extra',
			'base_wide'
		]);
		const authorities = tables[0]![1];
		expect(authorities.getChild('name')!.get(1)).toBe(ring.authorities[1]!.name);
	});
});
