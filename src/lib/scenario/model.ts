/**
 * A what-if scenario (issue #28): a named set of changes to one authority's base counts in one
 * period, compared against its peer group on the real engine (compute.ts).
 *
 * A scenario is never data: it is kept with the ring as a part of its own (`RingExtras.scenarios`, the
 * package file `scenarios.json`, ring/package/parts/scenarios.ts) and applied only to a copy that the
 * scenario engine loads. It is never imported, never exported as base values and never part of
 * anybody's statistics.
 *
 * Changes are relative where a person thinks relative — „+2 VZÄ“ (`add`), „+10 % Anrufe angenommen“
 * (`percent`) — or a new value (`set`). Counts of kind count, days and minutes are whole numbers in
 * the catalogue, so a changed value of those kinds is rounded to a whole number (half away from zero);
 * FTE and euros keep their decimals.
 */
import type { BaseCountKind } from '../catalogue/schema.ts';
import { toPlainDecimal } from '../format/plain.ts';
import { parseNumberCell } from '../ingest/numbers.ts';
import type { Change, Scenario } from '../ring/package/types.ts';

// The scenario as stored is part of the ring's data model (RingExtras); this module is what is done with it.
export { CHANGE_MODES, type Change, type ChangeMode, type Scenario } from '../ring/package/types.ts';

export type ChangeProblem = 'no_base' | 'negative' | 'not_number' | 'unknown_count';

export interface AppliedChange {
	count_id: string;
	before: number | null;
	after: number | null;
	problem: ChangeProblem | null;
}

/** Whole numbers for counts, days and minutes (catalogue.md); half away from zero. */
function rounded(value: number, kind: BaseCountKind): number {
	if (kind === 'fte' || kind === 'eur') return value;
	return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * The base counts after the changes. `base` holds A's values in the period (a missing count is
 * absent); the result holds every count of `base` plus those set by a change. A change that cannot be
 * applied (no base value for a relative change, a negative result, no number, a count outside the
 * catalogue) leaves its count as it was and is reported.
 */
export function applyChanges(
	base: ReadonlyMap<string, number>,
	changes: readonly Change[],
	kinds: ReadonlyMap<string, BaseCountKind>
): { values: Map<string, number>; applied: AppliedChange[] } {
	const values = new Map(base);
	const applied: AppliedChange[] = [];
	for (const c of changes) {
		const before = base.get(c.count_id) ?? null;
		const kind = kinds.get(c.count_id);
		const report = (problem: ChangeProblem | null, after: number | null) =>
			applied.push({ count_id: c.count_id, before, after, problem });
		if (kind === undefined) report('unknown_count', before);
		else if (!Number.isFinite(c.value)) report('not_number', before);
		else if (c.mode !== 'set' && before === null) report('no_base', null);
		else {
			const raw =
				c.mode === 'set' ? c.value : c.mode === 'add' ? before! + c.value : before! * (1 + c.value / 100);
			const after = rounded(raw, kind);
			if (after < 0) report('negative', before);
			else {
				values.set(c.count_id, after);
				report(null, after);
			}
		}
	}
	return { values, applied };
}

/** A change as the URL and the editor write it: `+2`, `-500`, `+10%`, `=12000`. */
export function changeToken(c: Pick<Change, 'mode' | 'value'>): string {
	if (c.mode === 'set') return `=${toPlainDecimal(c.value)}`;
	const sign = c.value < 0 ? '-' : '+';
	return `${sign}${toPlainDecimal(Math.abs(c.value))}${c.mode === 'percent' ? '%' : ''}`;
}

const TOKEN = /^(?:([+-])(\d+(?:\.\d+)?)(%?)|=(\d+(?:\.\d+)?))$/;

/** `fte_case_officers:+2,calls_answered:+10%` → changes; invalid parts are skipped (a link may be old). */
export function parseChanges(text: string | null, countIds: ReadonlySet<string>): Change[] {
	if (!text) return [];
	const out = new Map<string, Change>();
	for (const part of text.split(',')) {
		const colon = part.indexOf(':');
		const id = part.slice(0, colon);
		const m = TOKEN.exec(part.slice(colon + 1));
		if (colon < 1 || !m || !countIds.has(id)) continue;
		const change: Change = m[4]
			? { count_id: id, mode: 'set', value: Number(m[4]) }
			: { count_id: id, mode: m[3] ? 'percent' : 'add', value: (m[1] === '-' ? -1 : 1) * Number(m[2]) };
		out.set(id, change);
	}
	return [...out.values()];
}

export function formatChanges(changes: readonly Change[]): string {
	return changes.map((c) => `${c.count_id}:${changeToken(c)}`).join(',');
}

/** Replace the change of one count (or remove it with `null`), keeping the others' order. */
export function withChange(changes: readonly Change[], countId: string, change: Change | null): Change[] {
	const i = changes.findIndex((c) => c.count_id === countId);
	if (change === null) return changes.filter((c) => c.count_id !== countId);
	if (i < 0) return [...changes, change];
	return changes.map((c, j) => (j === i ? change : c));
}

/**
 * An amount as a person types it into the editor: `2`, `-500`, `+2,5`, `−10`, `1.234` (German:
 * thousands), `12 000`, `10 %`. The import's number reader; where a text could be German or English, German.
 */
export function parseAmount(text: string): number | null {
	const bare = text.replace(/\s*%\s*$/, ''); // „10 %“ in the percent field
	if (bare.trim() === '') return null;
	const { cls, negative } = parseNumberCell(bare);
	const value = cls.kind === 'invalid' ? null : cls.kind === 'ambiguous' ? cls.de : cls.value;
	return value === null ? null : negative ? -value : value;
}

/** Store one scenario: replaces a scenario of the same name (names are unique in the ring). */
export function withScenario(scenarios: readonly Scenario[], scenario: Scenario): Scenario[] {
	const clean = { ...scenario, name: scenario.name.trim() };
	return [...scenarios.filter((s) => s.name !== clean.name), clean];
}
