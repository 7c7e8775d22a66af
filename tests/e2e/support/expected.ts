/**
 * Expected values for browser tests, computed in the test process by the Node build of the same
 * engine on the same ring package files. The browser must show exactly these numbers.
 */
import path from 'node:path';
import { loadCatalogue } from '../../../src/lib/catalogue/node-loader.ts';
import { createEngine, type Engine } from '../../../src/lib/engine/engine.ts';
import { openNodeConnector } from '../../../src/lib/engine/node-connector.ts';
import { readRingFromPath } from '../../../src/lib/ring/package/node.ts';
import type { Ring } from '../../../src/lib/ring/types.ts';

export const DEMO_RING_DIR = path.resolve('data-samples/demo-ring');

export interface Reference {
	ring: Ring;
	engine: Engine;
	kpiValue(authorityId: string, period: number, kpiId: string): Promise<number | null>;
}

let reference: Promise<Reference> | undefined;

export function demoReference(): Promise<Reference> {
	reference ??= (async (): Promise<Reference> => {
		const catalogue = loadCatalogue();
		const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
		const { ring, problems } = await readRingFromPath(DEMO_RING_DIR, specs);
		const errors = problems.filter((p) => p.severity === 'error');
		if (!ring || errors.length)
			throw new Error(`Demo ring has errors: ${JSON.stringify(errors.slice(0, 3))}`);
		const engine = createEngine(await openNodeConnector(), catalogue);
		await engine.loadRing(ring);
		return {
			ring,
			engine,
			async kpiValue(authorityId, period, kpiId) {
				const t = await engine.kpis({ period });
				const ids = t.getChild('authority_id')!;
				const kpis = t.getChild('kpi_id')!;
				for (let i = 0; i < t.numRows; i++) {
					if (ids.get(i) === authorityId && kpis.get(i) === kpiId)
						return t.getChild('value')!.get(i) as number | null;
				}
				return null;
			}
		};
	})();
	return reference;
}
