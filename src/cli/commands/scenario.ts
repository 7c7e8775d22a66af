/**
 * `scenario --ring <dir|zip> --authority <id> --period YYYY [--peers <group>] [--target median|best]`
 * (formats.md, issue #28): the targets in own units of every KPI with a polarity, in catalogue order,
 * two rows per KPI — `kpi_id,target,target_value,value,side,term,current,required,lever`.
 *
 * `target` is the literal `median` or `best` (default `median`); `term` the side as written in the
 * catalogue (`decided`, `visits + digital_submissions`), `current` its value on A's base counts,
 * `required` the value that reaches the target with the other side held fixed; `lever` `true` when every
 * base count of the side is one the authority moves itself. Empty cells where undefined; `required`
 * empty where the target is already met; every number empty for a fehlerhaft value (catalogue.md).
 * Full precision. The rows are `kpiTargets` (engine/targets.ts), the same function the KPI view uses.
 */
import type { Catalogue } from '../../lib/catalogue/schema.ts';
import { createEngine } from '../../lib/engine/engine.ts';
import { openNodeConnector } from '../../lib/engine/node-connector.ts';
import { PEER_TYPES, type PeerSpec } from '../../lib/engine/peers.ts';
import { erroneousKpis, kpiTargets, TARGET_KINDS, type TargetKind } from '../../lib/engine/targets.ts';
import { periodBaseCounts } from '../../lib/engine/views.ts';
import type { Ring } from '../../lib/ring/types.ts';
import { parseOptions, parsePeriodOption } from '../args.ts';
import { rowsCsv } from '../csv-out.ts';

export const SCENARIO_USAGE =
	'npm run --silent cli -- scenario --ring <ordner|zip> --authority <id> --period JJJJ [--peers size|ring|kind|state|kind_size|nearest] [--target median|best]';
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

const PEERS = PEER_TYPES.filter((p) => p !== 'custom');

export interface Outcome {
	code: 0 | 1 | 2;
	stdout?: string;
	stderr?: string;
}

/** What every command of main.ts shares (catalogue, ring reading, failure) — handed in, not copied. */
export interface CommandContext {
	catalogue(): Catalogue | Outcome;
	loadRing(ringPath: string, catalogue: Catalogue): Promise<Ring | Outcome>;
	fail(code: 1 | 2, message: string): Outcome;
}

const isOutcome = (x: object): x is Outcome => 'code' in x;

export async function scenario(argv: string[], ctx: CommandContext): Promise<Outcome> {
	const usage = `Aufruf:\n  ${SCENARIO_USAGE}`;
	const options = parseOptions(argv, ['ring', 'authority', 'period', 'peers', 'target']);
	if (typeof options === 'string') return ctx.fail(2, `${options}\n${usage}`);
	if (!options.ring || !options.authority || !options.period)
		return ctx.fail(2, `scenario braucht --ring, --authority und --period.\n${usage}`);
	const period = parsePeriodOption(options.period);
	if (typeof period !== 'number') return ctx.fail(2, period ?? usage);
	const peers = options.peers ?? 'size';
	if (!(PEERS as readonly string[]).includes(peers))
		return ctx.fail(2, `Unbekannte Vergleichsgruppe „${peers}“ (${PEERS.join('|')}).`);
	const target = (options.target ?? 'median') as TargetKind;
	if (!TARGET_KINDS.includes(target))
		return ctx.fail(2, `Unbekanntes Ziel „${options.target}“ (${TARGET_KINDS.join('|')}).`);
	const catalogue = ctx.catalogue();
	if (isOutcome(catalogue)) return catalogue;
	const ring = await ctx.loadRing(options.ring, catalogue);
	if (isOutcome(ring)) return ring;
	const authorityId = options.authority;
	if (!ring.authorities.some((a) => a.authority_id === authorityId))
		return ctx.fail(2, `Behörde „${authorityId}“ ist nicht Mitglied des Rings ${options.ring}.`);
	const conn = await openNodeConnector();
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		const { group, rows } = await engine.stats(authorityId, period, { type: peers } as PeerSpec);
		if (group.reason) process.stderr.write(`Hinweis: ${group.reason}\n`);
		const inputs = [...new Set(catalogue.kpis.flatMap((k) => k.inputs))];
		const own = new Map(
			(await periodBaseCounts(conn, period, inputs))
				.filter((b) => b.authority_id === authorityId)
				.map((b) => [b.count_id, b.value])
		);
		const { flagged } = await engine.findings();
		const out = kpiTargets({
			catalogue,
			rows,
			counts: (id) => own.get(id),
			erroneous: erroneousKpis(flagged, authorityId, period),
			targets: [target]
		});
		return { code: 0, stdout: rowsCsv(out, SCENARIO_COLUMNS) };
	} finally {
		await conn.close();
	}
}
