/**
 * A scenario on the real engine (issue #28): the changed authority's KPIs, position and rank
 * recomputed by the engine itself — never by a re-implementation — against its unchanged peers.
 *
 * How: a second engine (`createEngine`, the same code as the dashboard's) on a connection of its own
 * (isolated.ts: its own in-memory database, so the dashboard's tables are never touched) loads a
 * copy of the ring made for the question — A's values of the period with the changes applied, A's
 * earlier periods (direction of travel, change warnings) and the period's values of A's peers,
 * unchanged. Its `stats()` for the real group's members (a custom group of exactly those, so a changed
 * population does not move A into another size class) and its `findings()` are the scenario's figures.
 *
 * Nothing flows back: the ring the user has is not modified (the copy is new arrays and objects),
 * the dashboard's engine is not involved, and nothing of a scenario is ever stored as a value.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import type { Engine } from '../engine/engine.ts';
import type { PeerGroup, PeerSpec } from '../engine/peers.ts';
import type { Finding } from '../engine/plausibility.ts';
import type { StatsRow } from '../engine/stats.ts';
import type { Ring } from '../ring/types.ts';
import { authorityMask, ValueColumnsBuilder } from '../ring/value-columns.ts';
import { applyChanges, type AppliedChange, type Change } from './model.ts';

export interface ScenarioRequest {
	authorityId: string;
	period: number;
	/** The group A is compared with in reality (the dashboard's `stats().group`). */
	group: PeerGroup;
	/** How that group was asked for; used as is when A is not a member of it (an empty group). */
	spec: PeerSpec;
	changes: readonly Change[];
}

export interface ScenarioResult {
	request: ScenarioRequest;
	/** A's base counts in the period before and after the changes. */
	before: Map<string, number>;
	after: Map<string, number>;
	applied: AppliedChange[];
	/**
	 * The engine's statistics of every KPI over the group with A's changed values; `erroneous` marks
	 * a value the changes make fehlerhaft (the scenario engine reads the error findings of its copy).
	 */
	rows: StatsRow[];
	/** The scenario's plausibility findings of A in the period. */
	findings: Finding[];
}

/** A's values in the period (catalogue base counts and others alike). */
export function ownValues(ring: Ring, authorityId: string, period: number): Map<string, number> {
	const out = new Map<string, number>();
	const v = ring.values;
	const a = v.authorities.indexOf(authorityId);
	for (let i = 0; i < v.value.length; i++)
		if (v.authority[i] === a && v.period[i] === period) out.set(v.counts[v.count[i]!]!, v.value[i]!);
	return out;
}

/**
 * The copy the scenario engine loads: the period's values of the group (A's changed), A's earlier
 * periods, and the members concerned. New objects throughout; `ring` is only read.
 */
export function scenarioRing(
	ring: Ring,
	authorityId: string,
	period: number,
	members: readonly string[],
	changed: ReadonlyMap<string, number>
): Ring {
	const involved = new Set([authorityId, ...members]);
	const v = ring.values;
	const own = v.authorities.indexOf(authorityId);
	const member = authorityMask(v, (id) => involved.has(id));
	const rows: number[] = [];
	for (let i = 0; i < v.value.length; i++)
		if (v.authority[i] === own ? v.period[i]! < period : v.period[i] === period && member[v.authority[i]!])
			rows.push(i);
	// Without provenance: the copy is never stored, and the engine does not read it.
	const values = new ValueColumnsBuilder();
	const none = new Uint32Array(v.value.length);
	values.append({ ...v, files: [''], file: none, line: none, column: none }, rows);
	for (const [count_id, value] of changed)
		values.push({ authority_id: authorityId, period, count_id, value });
	return {
		meta: { ...ring.meta, periods: [...ring.meta.periods] },
		authorities: ring.authorities.filter((a) => involved.has(a.authority_id)).map((a) => ({ ...a })),
		values: values.finish()
	};
}

/**
 * Computes scenarios one after the other on its engine (each loads its own copy, so two must never
 * interleave). `engine` must run on a connection of its own (isolated.ts), never the dashboard's.
 */
export class ScenarioRunner {
	#engine: Promise<Engine>;
	#queue: Promise<unknown> = Promise.resolve();

	constructor(engine: Promise<Engine>) {
		this.#engine = engine;
	}

	run(
		catalogue: Pick<Catalogue, 'base_counts'>,
		ring: Ring,
		request: ScenarioRequest
	): Promise<ScenarioResult> {
		const job = this.#queue.then(() => this.#compute(catalogue, ring, request));
		this.#queue = job.catch(() => undefined);
		return job;
	}

	async #compute(
		catalogue: Pick<Catalogue, 'base_counts'>,
		ring: Ring,
		request: ScenarioRequest
	): Promise<ScenarioResult> {
		const engine = await this.#engine;
		const { authorityId, period, group } = request;
		const kinds = new Map(catalogue.base_counts.map((b) => [b.id, b.kind]));
		const before = ownValues(ring, authorityId, period);
		const { values: after, applied } = applyChanges(before, request.changes, kinds);
		const inGroup = group.members.includes(authorityId);
		await engine.loadRing(scenarioRing(ring, authorityId, period, group.members, after));
		const spec: PeerSpec = inGroup
			? { type: 'custom', name: group.name ?? '', members: group.members }
			: request.spec;
		const [{ rows }, plausibility] = await Promise.all([
			engine.stats(authorityId, period, spec),
			engine.findings()
		]);
		const mine = <T extends { authority_id: string; period: number }>(xs: readonly T[]) =>
			xs.filter((x) => x.authority_id === authorityId && x.period === period);
		return {
			request,
			before,
			after,
			applied,
			rows,
			findings: mine(plausibility.findings)
		};
	}
}
