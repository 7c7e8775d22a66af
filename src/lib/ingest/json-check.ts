/**
 * Field readers for the user-supplied JSON the browser checks at run time: `ring.json`
 * (`ring/package/meta.ts` and the package parts, which report the keys a reader drops as unknown —
 * an error in format 2, see `ring/package/parts/json-key.ts`) and mapping profiles (`profile.ts`).
 *
 * Hand-written instead of zod for two reasons. The app's JavaScript budget (250 kB gzip): zod/mini
 * cost ~10 kB in the import worker for three small schemas, this module costs about 1 kB. And users
 * see the messages: they are German here (`erwartet: Text, gefunden: Zahl`), zod's were English.
 * zod remains for the KPI catalogue (`catalogue/schema.ts`), which runs at build time and in Node
 * only; browser code must not import `zod` or `zod/locales` (an ESLint rule says so).
 *
 * A reader checks one value at a path and returns what was read: text trimmed, objects with their
 * known keys only (unknown keys are allowed and dropped, as zod's objects did). Problems are collected
 * as data in `issues`, never thrown; `check` runs a reader and returns the value or all issues. After an
 * issue a reader's return value is a placeholder that `check` never hands out.
 */

export type Path = (string | number)[];

export interface Issue {
	path: Path;
	/** German, without the field: `erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 20245`. */
	message: string;
}

export type Reader<T> = (value: unknown, path: Path, issues: Issue[]) => T;

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Any value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Run `reader` on `value`: the value read, or every issue found. */
export function check<T>(reader: Reader<T>, value: unknown): CheckResult<T> {
	const issues: Issue[] = [];
	const read = reader(value, [], issues);
	return issues.length > 0 ? { ok: false, issues } : { ok: true, value: read };
}

const INVALID = undefined as never;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const proto: unknown = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** The kind of a value in German: `Text`, `Zahl`, `Liste`, … */
function kind(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'Liste';
	if (isPlainObject(value)) return 'Objekt';
	if (typeof value === 'string') return 'Text';
	if (typeof value === 'number') return Number.isFinite(value) ? 'Zahl' : String(value);
	if (typeof value === 'boolean') return 'Wahrheitswert';
	return 'kein JSON-Wert';
}

/** A value as the user wrote it, shortened: `„fr“`, `20245`; other values by kind. */
function shown(value: unknown): string {
	if (typeof value === 'string') return `„${value.length > 40 ? `${value.slice(0, 40)}…` : value}“`;
	if (typeof value === 'number') return String(value);
	return kind(value);
}

/**
 * Record an issue and return the placeholder. What was found is named by its kind (`Text`), or shown
 * when it has the expected kind but not an allowed value (`20245`, `„fr“`).
 */
function fail(issues: Issue[], path: Path, expected: string, value: unknown, showValue = false): never {
	const found = showValue ? shown(value) : kind(value);
	issues.push({
		path,
		message:
			value === undefined ? `fehlt, erwartet: ${expected}` : `erwartet: ${expected}, gefunden: ${found}`
	});
	return INVALID;
}

/** An object with the fields of `shape`, in that order; unknown keys are dropped, absent ones stay absent. */
export function object<T extends object>(shape: { [K in keyof Required<T>]: Reader<T[K]> }): Reader<T> {
	return (value, path, issues) => {
		if (!isPlainObject(value)) return fail(issues, path, 'Objekt', value);
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(shape) as (keyof T & string)[]) {
			const read = shape[key](Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], issues);
			if (read !== undefined) out[key] = read;
		}
		return out as T;
	};
}

/** An absent field (undefined) is fine; anything else must pass `reader`. */
export function optional<T>(reader: Reader<T>): Reader<T | undefined> {
	return (value, path, issues) => (value === undefined ? undefined : reader(value, path, issues));
}

/** Any string, as is. */
export const string: Reader<string> = (value, path, issues) =>
	typeof value === 'string' ? value : fail(issues, path, 'Text', value);

/** A string, trimmed, with at least one character left. */
export const text: Reader<string> = (value, path, issues) => {
	if (typeof value !== 'string') return fail(issues, path, 'Text', value);
	const trimmed = value.trim();
	if (trimmed === '') issues.push({ path, message: 'darf nicht leer sein' });
	return trimmed;
};

/** true or false. */
export const boolean: Reader<boolean> = (value, path, issues) =>
	typeof value === 'boolean' ? value : fail(issues, path, 'Wahrheitswert (true oder false)', value);

/** A safe integer. */
export const integer: Reader<number> = (value, path, issues) =>
	Number.isSafeInteger(value)
		? (value as number)
		: fail(issues, path, 'ganze Zahl', value, typeof value === 'number');

/** A survey year: an integer from 1950 to 2100. */
export const year: Reader<number> = (value, path, issues) =>
	Number.isInteger(value) && (value as number) >= 1950 && (value as number) <= 2100
		? (value as number)
		: fail(issues, path, 'ganze Zahl zwischen 1950 und 2100', value, typeof value === 'number');

/** One of the given values (an enum, or a single literal such as a format's name or version). */
export function oneOf<const V extends readonly (string | number)[]>(...values: V): Reader<V[number]> {
	const names = values.map((v) => (typeof v === 'string' ? `„${v}“` : String(v)));
	const expected = names.length > 1 ? `${names.slice(0, -1).join(', ')} oder ${names.at(-1)}` : `${names[0]}`;
	return (value, path, issues) => {
		if (values.includes(value as V[number])) return value as V[number];
		return fail(issues, path, expected, value, typeof value === typeof values[0]);
	};
}

/** A list whose every item passes `reader`. */
export function arrayOf<T>(reader: Reader<T>): Reader<T[]> {
	return (value, path, issues) =>
		Array.isArray(value)
			? value.map((item: unknown, i) => reader(item, [...path, i], issues))
			: fail(issues, path, 'Liste', value);
}

/**
 * An object used as a map: any keys, every value passes `reader`. A `__proto__` key is dropped (as zod
 * did): assigning it would replace the result's prototype instead of adding a key.
 */
export function recordOf<T>(reader: Reader<T>): Reader<Record<string, T>> {
	return (value, path, issues) => {
		if (!isPlainObject(value)) return fail(issues, path, 'Objekt', value);
		const out: Record<string, T> = {};
		for (const [key, item] of Object.entries(value))
			if (key !== '__proto__') out[key] = reader(item, [...path, key], issues);
		return out;
	};
}

/** Any JSON value: text, finite number, true/false, null, or lists and objects of JSON values. */
export const json: Reader<JsonValue> = (value, path, issues) => {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (Array.isArray(value)) return arrayOf(json)(value, path, issues);
	if (isPlainObject(value)) return recordOf(json)(value, path, issues);
	return fail(issues, path, 'JSON-Wert', value);
};
