/**
 * The ring record of the ring store (store.ts) — `{id, schema, data, revision}` — and how the app's
 * ring becomes one and one becomes the app's ring again.
 *
 * Schema 2 keeps the values as the columns the page holds (value-columns.ts): typed arrays, which
 * IndexedDB stores and reads back as binary, nothing per value. Schema 1 (the first layout, before
 * issue 21) kept them as objects; such a record is read and its values encoded, and the next save
 * writes schema 2. An older app meeting a schema-2 record reports it as unreadable rather than
 * misreading it.
 */
import { emptyExtras, type RingData } from './package/types.ts';
import type { BaseValue } from './types.ts';
import { encodeValues, type ValueColumns } from './value-columns.ts';

/** 2: values as columns (value-columns.ts); 1: values as objects, read and converted. */
export const RECORD_SCHEMA = 2;

export interface RingRecord {
	id: string;
	schema: number;
	data: RingData;
	revision?: number;
}

/** A record of schema 1: the same, with the values as objects. */
type LegacyRecord = Omit<RingRecord, 'data'> & {
	data: Omit<RingData, 'ring'> & { ring: Omit<RingData['ring'], 'values'> & { values: BaseValue[] } };
};

/**
 * A structured-cloneable copy of the known shape (drops proxies, functions and unknown fields). The
 * value columns are typed arrays, which IndexedDB copies as they are.
 */
export function plainRingData(data: RingData): RingData {
	const { meta, authorities, values } = data.ring;
	const extras = data.extras ?? emptyExtras();
	return {
		ring: {
			meta: { ...meta, periods: [...meta.periods] },
			authorities: authorities.map((a) => ({
				authority_id: a.authority_id,
				name: a.name,
				kind: a.kind,
				state: a.state
			})),
			values: {
				authorities: [...values.authorities],
				counts: [...values.counts],
				files: [...values.files],
				authority: values.authority,
				count: values.count,
				file: values.file,
				period: values.period,
				value: values.value,
				line: values.line,
				column: values.column
			}
		},
		extras: JSON.parse(JSON.stringify(extras)) as RingData['extras']
	};
}

const COLUMNS = ['authority', 'count', 'file', 'period', 'value', 'line', 'column'] as const;

function isColumns(v: unknown): v is ValueColumns {
	const c = v as ValueColumns | null;
	return (
		typeof c === 'object' &&
		c !== null &&
		Array.isArray(c.authorities) &&
		Array.isArray(c.counts) &&
		Array.isArray(c.files) &&
		COLUMNS.every((k) => ArrayBuffer.isView(c[k]) && c[k].length === c.value?.length)
	);
}

/** The stored record as the app holds it (schema 1's values as columns), or null when it is none. */
export function fromRecord(value: unknown): RingRecord | null {
	const r = value as RingRecord | LegacyRecord | null;
	if (typeof r !== 'object' || r === null) return null;
	const ring = r.data?.ring;
	if (typeof ring?.meta?.name !== 'string' || !Array.isArray(ring.authorities)) return null;
	if (r.schema === RECORD_SCHEMA && isColumns(ring.values)) return r as RingRecord;
	if (r.schema === 1 && Array.isArray(ring.values))
		return { ...r, data: { ...r.data, ring: { ...ring, values: encodeValues(ring.values as BaseValue[]) } } };
	return null;
}
