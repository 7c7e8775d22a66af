/**
 * `intervals --ring <dir|zip> --authority <id> --period YYYY` (formats.md, issue #27): for every
 * proportion KPI of the catalogue, in catalogue order, `kpi_id,value,n,ci_low,ci_high` — A's value,
 * its n (the denominator) and the 95 % Wilson score interval on the KPI's scale, at full precision.
 * Empty cells where undefined (no value, n = 0); a fehlerhaft value (catalogue.md) leaves all its
 * cells empty. The figures are the engine's statistics rows, the same the overview shows.
 */
import { rowsCsv } from '../csv-out.ts';
import { parseOptions } from '../args.ts';
import { cliCatalogue, cliFailure, isFailure, loadRingAt } from '../ring-data.ts';
import { memberOrFail, periodOrFail, withEngine, type Outcome } from './shared.ts';
import { INTERVALS_USAGE } from '../usage.ts';

export const INTERVALS_COLUMNS = ['kpi_id', 'value', 'n', 'ci_low', 'ci_high'];

export async function intervals(argv: string[]): Promise<Outcome> {
	const usage = `Aufruf:\n${INTERVALS_USAGE}`;
	const options = parseOptions(argv, ['ring', 'authority', 'period']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${usage}`);
	if (!options.ring || !options.authority || !options.period)
		return cliFailure(2, `intervals braucht --ring, --authority und --period.\n${usage}`);
	const period = periodOrFail(options.period, usage);
	if (isFailure(period)) return period;
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) return catalogue;
	const ring = await loadRingAt(options.ring, catalogue, undefined);
	if (isFailure(ring)) return ring;
	const authorityId = options.authority;
	const notMember = memberOrFail(ring, authorityId, options.ring);
	if (notMember) return notMember;
	return withEngine(catalogue, ring, async (engine) => {
		const { rows } = await engine.stats(authorityId, period, { type: 'ring' });
		const proportions = new Set(catalogue.kpis.filter((k) => k.proportion).map((k) => k.id));
		const out = rows
			.filter((r) => proportions.has(r.kpi_id))
			.map((r) =>
				r.erroneous
					? { kpi_id: r.kpi_id }
					: { kpi_id: r.kpi_id, value: r.own_value, n: r.ci_n, ci_low: r.ci_low, ci_high: r.ci_high }
			);
		return { code: 0, stdout: rowsCsv(out, INTERVALS_COLUMNS) };
	});
}
