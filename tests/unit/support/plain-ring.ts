/**
 * A ring with its values as objects (`decodeValues`), for comparing rings in tests: two column sets
 * of the same values may differ in their dictionaries' order and unused entries.
 */
import type { RingData } from '../../../src/lib/ring/package/types.ts';
import type { BaseValue, Ring } from '../../../src/lib/ring/types.ts';
import { decodeValues } from '../../../src/lib/ring/value-columns.ts';

export type PlainRing = Omit<Ring, 'values'> & { values: BaseValue[] };

export const plainRing = (ring: Ring): PlainRing => ({ ...ring, values: decodeValues(ring.values) });

export const plainData = (data: RingData | null) => data && { ...data, ring: plainRing(data.ring) };
