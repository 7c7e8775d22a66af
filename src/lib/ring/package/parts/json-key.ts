/**
 * Reading a part's ring.json key: with its `json-check.ts` reader, German messages naming the key path,
 * and unknown nested keys as errors in format 2 (warnings, left out, before).
 */
import { check, type Path, type Reader } from '../../../ingest/json-check.ts';
import { RING_JSON, type PartInput } from './part.ts';

const isPlain = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys present in `input` but not kept by the reader (`read`): the keys it does not know. */
export function unknownKeys(input: unknown, read: unknown, path: Path = []): Path[] {
	if (Array.isArray(input) && Array.isArray(read))
		return input.flatMap((item, i) => unknownKeys(item, read[i], [...path, i]));
	if (!isPlain(input) || !isPlain(read)) return [];
	return Object.keys(input).flatMap((key) =>
		Object.hasOwn(read, key) || input[key] === undefined
			? unknownKeys(input[key], read[key], [...path, key])
			: [[...path, key]]
	);
}

/**
 * Read the ring.json key `key` with `reader`: undefined when absent, null when invalid (errors in
 * ring.json's sink). Unknown nested keys: errors in format 2, warnings (and left out) before.
 */
export function readJsonKey<T>(input: PartInput, key: string, reader: Reader<T>): T | undefined | null {
	const value = input.json[key];
	if (value === undefined) return undefined;
	const sink = input.sink(RING_JSON);
	const parsed = check(reader, value);
	if (!parsed.ok) {
		for (const issue of parsed.issues) {
			const where = [key, ...issue.path].join('.');
			sink.error(
				'bad_ring_json',
				1,
				1,
				where,
				`ring.json: Feld „${where}“ ist ungültig (${issue.message}); der Ring wurde nicht geöffnet.`
			);
		}
		return null;
	}
	const unknown = unknownKeys(value, parsed.value, [key]);
	for (const path of unknown) {
		const where = path.join('.');
		if (input.strict)
			sink.error(
				'unknown_key',
				1,
				1,
				where,
				`ring.json: Schlüssel „${where}“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.`
			);
		else
			sink.warn(
				'unknown_key',
				1,
				1,
				where,
				`ring.json: Schlüssel „${where}“ ist unbekannt und wird nicht übernommen.`
			);
	}
	return input.strict && unknown.length > 0 ? null : parsed.value;
}
