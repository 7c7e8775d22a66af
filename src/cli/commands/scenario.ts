/**
 * `scenario --ring <dir|zip> --authority <id> --period YYYY [--peers <group>] [--target median|best]`
 * (formats.md, issue #28): the targets in own units of every KPI with a polarity, in catalogue order,
 * two rows per KPI — `kpi_id,target,target_value,value,side,term,current,required,lever`.
 *
 * `target` is the literal `median` or `best` (default `median`); `term` the side as written in the
 * catalogue (`decided`, `visits + digital_submissions`), `current` its value on A's base counts,
 * `required` the value that reaches the target with the other side held fixed; `lever` `true` when every
 * base count of the side is one the authority moves itself. Empty cells where undefined; `required`
 * empty where the target is already met; every number empty for a fehlerhaft value (catalogue.md,
 * erroneous.ts: the engine's statistics row says so). Full precision. The rows are `kpiTargets`
 * (engine/targets.ts), the same function the KPI view uses; the engine is the CLI's (engine.ts).
 */
import { kpiTargets, TARGET_KINDS, type TargetKind } from '../../lib/engine/targets.ts';
import { parseOptions } from '../args.ts';
import { rowsCsv } from '../csv-out.ts';
import { cliCatalogue, cliFailure, isFailure, loadRingAt } from '../ring-data.ts';
import { groupNote, memberOrFail, peerSpecOrFail, periodOrFail, withEngine, type Outcome } from './shared.ts';
import { SCENARIO_USAGE } from '../usage.ts';

export const SCENARIO_COLUMNS = [
	'kpi_id',
	'target',
	'target_value',
	'value',
	'side',
	'term',
	'current',
	'required',
	'lever'
] as const;

export async function scenario(argv: string[]): Promise<Outcome> {
	const usage = `Aufruf:\n${SCENARIO_USAGE}`;
	const options = parseOptions(argv, ['ring', 'authority', 'period', 'peers', 'target']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${usage}`);
	if (!options.ring || !options.authority || !options.period)
		return cliFailure(2, `scenario braucht --ring, --authority und --period.\n${usage}`);
	const period = periodOrFail(options.period, usage);
	if (isFailure(period)) return period;
	const spec = peerSpecOrFail(options.peers ?? 'size');
	if (isFailure(spec)) return spec;
	const target = (options.target ?? 'median') as TargetKind;
	if (!TARGET_KINDS.includes(target))
		return cliFailure(2, `Unbekanntes Ziel „${options.target}“ (${TARGET_KINDS.join('|')}).`);
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) return catalogue;
	const ring = await loadRingAt(options.ring, catalogue, undefined);
	if (isFailure(ring)) return ring;
	const authorityId = options.authority;
	const notMember = memberOrFail(ring, authorityId, options.ring);
	if (notMember) return notMember;
	return withEngine(catalogue, ring, async (engine) => {
		const { group, rows } = await engine.stats(authorityId, period, spec);
		const inputs = [...new Set(catalogue.kpis.flatMap((k) => k.inputs))];
		const own = new Map(
			(await engine.baseCounts(period, inputs))
				.filter((b) => b.authority_id === authorityId)
				.map((b) => [b.count_id, b.value])
		);
		const out = kpiTargets({ catalogue, rows, counts: (id) => own.get(id), targets: [target] });
		return { code: 0, stdout: rowsCsv(out, SCENARIO_COLUMNS), stderr: groupNote(group, catalogue) };
	});
}
