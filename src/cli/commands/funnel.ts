/**
 * `funnel --ring <dir|zip> --period YYYY --kpi <id> [--peers <group> --authority <id>]` (formats.md,
 * issue #27): the funnel plot of a proportion KPI as
 * `authority_id,value,n,target,low95,high95,low998,high998,flag` — one row per member of the group
 * (the whole ring without `--peers`, else A's group) whose value is a proportion and not
 * fehlerhaft, in the group's order; target Σx / Σn over those rows, limits at 95 % and 99.8 %
 * clipped to [0, 100], flag empty, `alert` (outside 95 %) or `alarm` (outside 99.8 %). Full
 * precision. The same functions draw the KPI view's and the moderation page's funnels (engine/proportions.ts
 * `groupFunnel`, `periodFunnel`).
 */
import { peerGroupFrom, type PeerSpec } from '../../lib/engine/peers.ts';
import { periodFunnel } from '../../lib/engine/proportions.ts';
import { parseOptions } from '../args.ts';
import { rowsCsv } from '../csv-out.ts';
import { cliCatalogue, cliFailure, isFailure, loadRingAt, type CliFailure } from '../ring-data.ts';
import { memberOrFail, peerSpecOrFail, periodOrFail, withEngine, type Outcome } from './shared.ts';
import { FUNNEL_USAGE } from '../usage.ts';

export const FUNNEL_COLUMNS = [
	'authority_id',
	'value',
	'n',
	'target',
	'low95',
	'high95',
	'low998',
	'high998',
	'flag'
];

export async function funnel(argv: string[]): Promise<Outcome> {
	const usage = `Aufruf:\n${FUNNEL_USAGE}`;
	const options = parseOptions(argv, ['ring', 'period', 'kpi', 'peers', 'authority']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${usage}`);
	if (!options.ring || !options.period || !options.kpi)
		return cliFailure(2, `funnel braucht --ring, --period und --kpi.\n${usage}`);
	if (options.peers && !options.authority)
		return cliFailure(2, `--peers braucht --authority (die Gruppe ist die der Behörde).\n${usage}`);
	const period = periodOrFail(options.period, usage);
	if (isFailure(period)) return period;
	const spec: PeerSpec | CliFailure = options.peers ? peerSpecOrFail(options.peers) : { type: 'ring' };
	if (isFailure(spec)) return spec;
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) return catalogue;
	const kpi = catalogue.kpis.find((k) => k.id === options.kpi);
	if (!kpi) return cliFailure(2, `Unbekannte Kennzahl „${options.kpi}“.`);
	if (!kpi.proportion)
		return cliFailure(
			2,
			`Die Kennzahl „${kpi.id}“ ist keine Anteilskennzahl (proportion); ein Trichterdiagramm gibt es nur für: ${catalogue.kpis
				.filter((k) => k.proportion)
				.map((k) => k.id)
				.join(', ')}.`
		);
	const ring = await loadRingAt(options.ring, catalogue, undefined);
	if (isFailure(ring)) return ring;
	const authorityId = options.authority;
	if (authorityId) {
		const notMember = memberOrFail(ring, authorityId, options.ring);
		if (notMember) return notMember;
	}
	return withEngine(catalogue, ring, async (engine) => {
		const [snapshot, errors] = await Promise.all([engine.snapshot(period), engine.errors()]);
		// Without --peers the whole ring (as on the moderation page); its group needs no authority.
		const members = authorityId ? peerGroupFrom(snapshot, authorityId, spec).members : undefined;
		const f = periodFunnel(snapshot, errors, kpi, members);
		const rows = f.rows.map((r) => ({ ...r, flag: r.flag ?? '' }));
		return { code: 0, stdout: rowsCsv(rows, FUNNEL_COLUMNS) };
	});
}
