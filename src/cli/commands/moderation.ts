/**
 * The moderator's commands (formats.md, issue 29), on the same engine and view models as the page
 * `/moderation`:
 * - `completeness --ring <dir|zip> [--period YYYY]`: `authority_id,period,count_id,status` — one row per
 *   member × period of the ring × base count of the catalogue; `delivered`, `missing` or `finding`.
 * - `findings --ring <dir|zip>`: `authority_id,period,rule,severity,count_ids,kpi_ids,message,status`,
 *   ids `|`-separated, status from the ring's finding_status.csv (`korrigiert` when values changed).
 */
import type { Catalogue } from '../../lib/catalogue/schema.ts';
import { createEngine } from '../../lib/engine/engine.ts';
import type { Finding } from '../../lib/engine/plausibility.ts';
import { findingText, germanWording } from '../../lib/i18n/engine-text.ts';
import {
	COMPLETENESS_COLUMNS,
	completeness as completenessCells,
	ringPeriods
} from '../../lib/moderation/completeness.ts';
import { FINDINGS_COLUMNS, findingsRecords, workbench } from '../../lib/moderation/findings.ts';
import { engineRing, type RingData } from '../../lib/ring/package/types.ts';
import { parseOptions, parsePeriodOption } from '../args.ts';
import { rowsCsv } from '../csv-out.ts';
import { openConnectorFromEnv } from '../engine.ts';
import { cliCatalogue, cliFailure, isFailure, loadRingData, type CliFailure } from '../ring-data.ts';
import { COMPLETENESS_USAGE, FINDINGS_USAGE } from '../usage.ts';

type Result = { code: 0; stdout: string } | CliFailure;

/** The ring's data and its findings from the engine. */
async function ringFindings(
	ringPath: string
): Promise<{ data: RingData; catalogue: Catalogue; findings: Finding[] } | CliFailure> {
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) return catalogue;
	const data = await loadRingData(ringPath, catalogue);
	if (isFailure(data)) return data;
	const conn = await openConnectorFromEnv();
	if ('error' in conn) return cliFailure(2, conn.error);
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(engineRing(data));
		return { data, catalogue, findings: (await engine.findings()).findings };
	} finally {
		await conn.close();
	}
}

export async function completeness(argv: string[]): Promise<Result> {
	const options = parseOptions(argv, ['ring', 'period']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${COMPLETENESS_USAGE}`);
	if (!options.ring) return cliFailure(2, `completeness braucht --ring.\n${COMPLETENESS_USAGE}`);
	const period = parsePeriodOption(options.period);
	if (typeof period === 'string') return cliFailure(2, period);
	const read = await ringFindings(options.ring);
	if (isFailure(read)) return read;
	const periods = ringPeriods(read.data.ring);
	if (period !== undefined && !periods.includes(period))
		return cliFailure(
			2,
			`Jahr ${period} gehört nicht zum Ring ${options.ring} (Jahre: ${periods.join(', ') || 'keine'}).`
		);
	const cells = completenessCells(read.data.ring, read.catalogue, read.findings, period);
	return { code: 0, stdout: rowsCsv(cells, COMPLETENESS_COLUMNS) };
}

export async function findings(argv: string[]): Promise<Result> {
	const options = parseOptions(argv, ['ring']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${FINDINGS_USAGE}`);
	if (!options.ring) return cliFailure(2, `findings braucht --ring.\n${FINDINGS_USAGE}`);
	const read = await ringFindings(options.ring);
	if (isFailure(read)) return read;
	const { rows } = workbench(read.catalogue, read.findings, read.data.extras.finding_statuses);
	const wording = germanWording(read.catalogue);
	return {
		code: 0,
		stdout: rowsCsv(
			findingsRecords(rows, (f) => findingText(f, wording)),
			FINDINGS_COLUMNS
		)
	};
}
