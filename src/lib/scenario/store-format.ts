/**
 * `scenarios.json`: the ring's what-if scenarios in its package (ring format 2, issue #26), with a
 * strict reader and a canonical writer.
 *
 * ```json
 * {
 *   "scenarios": [
 *     {
 *       "name": "Zwei Stellen mehr",
 *       "authority_id": "05334",
 *       "period": 2024,
 *       "peers": "size",
 *       "description": "optional",
 *       "changes": [{ "count_id": "fte_case_officers", "mode": "add", "value": 2 }]
 *     }
 *   ]
 * }
 * ```
 *
 * Reading is strict (formats.md, format 2): every key must be known, every value valid — an unknown
 * key, a base count outside the catalogue, an authority outside the ring, a peer group the ring does
 * not have, a name used twice or a count changed twice is refused with a German message naming the
 * file and the key (`scenarios.json: „scenarios[0].changes[1].count_id“: …`), never dropped. Writing
 * is canonical: scenarios by name, keys in the order above, changes by count id, two-space JSON and a
 * final line end — so reading a written file and writing it again gives the same bytes.
 */
import {
	arrayOf,
	check,
	object,
	oneOf,
	optional,
	string,
	text,
	year,
	type Issue,
	type Path,
	type Reader
} from '../ingest/json-check.ts';
import type { CustomPeerGroup, RingData } from '../ring/canonical.ts';
import { peerSpec } from '../dashboard/state.ts';
import { CHANGE_MODES, type Change, type Scenario } from './model.ts';

export const SCENARIOS_FILE = 'scenarios.json';

export interface ScenarioContext {
	/** Base-count ids of the catalogue. */
	countIds: ReadonlySet<string>;
	/** Members of the ring (authorities.csv). */
	authorityIds: ReadonlySet<string>;
	/** The ring's own peer groups (a scenario may compare against one). */
	customGroups: readonly CustomPeerGroup[];
}

export interface ScenarioProblem {
	file: string;
	/** The key concerned, e.g. `scenarios[0].changes[1].count_id` (empty for the whole file). */
	key: string;
	message: string;
}

export type ScenariosRead = { ok: true; scenarios: Scenario[] } | { ok: false; problems: ScenarioProblem[] };

export function formatScenarioProblem(p: ScenarioProblem): string {
	return p.key ? `${p.file}: „${p.key}“: ${p.message}` : `${p.file}: ${p.message}`;
}

const keyOf = (path: Path): string =>
	path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** An object whose every key must be one of `shape`'s (format 2: nothing unknown is dropped). */
function strict<T extends object>(shape: { [K in keyof Required<T>]: Reader<T[K]> }): Reader<T> {
	const read = object<T>(shape);
	return (value, path, issues) => {
		if (value !== null && typeof value === 'object' && !Array.isArray(value))
			for (const key of Object.keys(value))
				if (!Object.hasOwn(shape, key))
					issues.push({ path: [...path, key], message: 'unbekannter Schlüssel (von einer neueren App?)' });
		return read(value, path, issues);
	};
}

/** A finite number (JSON has no other). */
const finite: Reader<number> = (value, path, issues) => {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	issues.push({
		path,
		message: `erwartet: Zahl, gefunden: ${value === undefined ? 'nichts' : typeof value}`
	});
	return undefined as never;
};

function member<T extends string>(valid: (v: string) => boolean, what: string): Reader<T> {
	return (value, path, issues) => {
		const v = string(value, path, issues);
		if (typeof v === 'string' && !valid(v)) issues.push({ path, message: `${what} „${v}“` });
		return v as T;
	};
}

function readerFor(ctx: ScenarioContext): Reader<{ scenarios: Scenario[] }> {
	const change = strict<Change>({
		count_id: member((id) => ctx.countIds.has(id), 'unbekannte Grundzahl'),
		mode: oneOf(...CHANGE_MODES),
		value: finite
	});
	const scenario = strict<Scenario>({
		name: text,
		authority_id: member((id) => ctx.authorityIds.has(id), 'keine Behörde dieses Rings:'),
		period: year,
		peers: member((key) => peerSpec(key, ctx.customGroups) !== null, 'unbekannte Vergleichsgruppe'),
		description: optional(string),
		changes: arrayOf(change)
	});
	return strict<{ scenarios: Scenario[] }>({ scenarios: arrayOf(scenario) });
}

/** Names used twice, counts changed twice in one scenario: issues with the key of the repeat. */
function repeats(scenarios: readonly Scenario[]): Issue[] {
	const issues: Issue[] = [];
	const names = new Set<string>();
	scenarios.forEach((s, i) => {
		if (names.has(s.name))
			issues.push({ path: ['scenarios', i, 'name'], message: `Name „${s.name}“ kommt zweimal vor` });
		names.add(s.name);
		const counts = new Set<string>();
		s.changes.forEach((c, j) => {
			if (counts.has(c.count_id))
				issues.push({
					path: ['scenarios', i, 'changes', j, 'count_id'],
					message: `Grundzahl „${c.count_id}“ wird in diesem Szenario zweimal geändert`
				});
			counts.add(c.count_id);
		});
	});
	return issues;
}

/** Read `scenarios.json` (bytes as in the package). */
export function readScenariosJson(
	bytes: Uint8Array,
	ctx: ScenarioContext,
	file: string = SCENARIOS_FILE
): ScenariosRead {
	const whole = (message: string): ScenariosRead => ({ ok: false, problems: [{ file, key: '', message }] });
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return whole('keine gültige JSON-Datei (UTF-8); die Szenarien können nicht gelesen werden.');
	}
	const parsed = check(readerFor(ctx), data);
	const issues = parsed.ok ? repeats(parsed.value.scenarios) : parsed.issues;
	if (!parsed.ok || issues.length)
		return {
			ok: false,
			problems: issues.map((i) => ({ file, key: keyOf(i.path), message: i.message }))
		};
	return { ok: true, scenarios: parsed.value.scenarios };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The canonical text of `scenarios.json`. */
export function scenariosJsonText(scenarios: readonly Scenario[]): string {
	const doc = {
		scenarios: [...scenarios]
			.sort((a, b) => cmp(a.name, b.name))
			.map((s) => ({
				name: s.name,
				authority_id: s.authority_id,
				period: s.period,
				peers: s.peers,
				...(s.description !== undefined ? { description: s.description } : {}),
				changes: [...s.changes]
					.sort((a, b) => cmp(a.count_id, b.count_id))
					.map((c) => ({ count_id: c.count_id, mode: c.mode, value: c.value }))
			}))
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}

export function scenariosJsonBytes(scenarios: readonly Scenario[]): Uint8Array {
	return new TextEncoder().encode(scenariosJsonText(scenarios));
}

/** Store one scenario: replaces a scenario of the same name (names are unique in the ring). */
export function withScenario(scenarios: readonly Scenario[], scenario: Scenario): Scenario[] {
	const clean = { ...scenario, name: scenario.name.trim() };
	return [...scenarios.filter((s) => s.name !== clean.name), clean];
}

/**
 * The ring's scenarios and a ring with other scenarios: the one place that knows where a ring keeps
 * them (`RingData.scenarios` until ring format 2 registers them as a part of `RingExtras`).
 */
export function ringScenarios(data: RingData): Scenario[] {
	return data.scenarios ?? [];
}

export function ringWithScenarios(data: RingData, scenarios: Scenario[]): RingData {
	return { ...data, scenarios };
}
