/**
 * `report --ring <dir|zip> --authority <id> --period YYYY [--peers <group>] [--datenstand <id>]
 * [--scenario <name>]… --format pdf|docx --out <file>` (formats.md, issue 31): the council report from the same engine, the
 * same data collection (report/data.ts), the same document model (report/build.ts) and the same
 * renderers as the page's worker — so the CLI's file says what the browser's says.
 *
 * The texts (addressee, summary, comments) are the ring's own (`report-texts.json`, ring part
 * `report_texts`) for the authority and period, else last year's, as the page offers them; all fields
 * and all KPIs are in the CLI's report. The Datenstand on the title page and in every page header is the
 * ring's (ring/datenstand.ts): with `--datenstand`, the figures and the stamp are that Datenstand's, so
 * a report once sent can be made again identically. The file is written atomically (temporary file,
 * then rename): a failed run leaves no half PDF.
 *
 * `--scenario <name>` (repeatable, issue 28) adds the authority's saved what-if scenario of that
 * period as the report's hypothetical section, computed as the what-if page does: the scenario
 * engine runs on a DuckDB of its own, so the report's figures are never touched.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { customKey, peerSpec } from '../../lib/dashboard/state.ts';
import { isoDate } from '../../lib/format/index.ts';
import {
	datenstandStatus,
	findRelease,
	releaseInfo,
	type DatenstandStatus
} from '../../lib/ring/datenstand.ts';
import type { RingData } from '../../lib/ring/package/types.ts';
import { buildReport } from '../../lib/report/build.ts';
import { gatherReportData } from '../../lib/report/data.ts';
import { nodeFonts, nodePngWasm } from '../../lib/report/node-assets.ts';
import { renderReport, type ReportFormat } from '../../lib/report/render.ts';
import { textsFor } from '../../lib/report/texts.ts';
import type { Catalogue } from '../../lib/catalogue/schema.ts';
import { createEngine } from '../../lib/engine/engine.ts';
import { word } from '../../lib/i18n/messages.ts';
import { pickScenarios, reportableScenarios } from '../../lib/report/scenario-choice.ts';
import { compareScenarios } from '../../lib/report/scenarios.ts';
import { ScenarioRunner } from '../../lib/scenario/compute.ts';
import { optionValues, parseOptions } from '../args.ts';
import { openConnectorFromEnv } from '../engine.ts';
import { cliCatalogue, cliFailure, isFailure, loadRingData, ringAt, type CliFailure } from '../ring-data.ts';
import { memberOrFail, periodOrFail, withEngine, type Outcome } from './shared.ts';
import { REPORT_USAGE } from '../usage.ts';

/** The Datenstand the figures are from: the named one, or the ring's status now. */
/**
 * Run `work` with a scenario runner on a DuckDB of its own (the what-if page's isolation: the report's
 * engine is never loaded with a scenario's copy), closed whatever happens. No scenarios, no database.
 */
async function withScenarioEngine<T>(
	catalogue: Catalogue,
	work: (runner: ScenarioRunner) => Promise<T[]>,
	wanted = true
): Promise<T[] | CliFailure> {
	if (!wanted) return [];
	const conn = await openConnectorFromEnv();
	if ('error' in conn) return cliFailure(2, conn.error);
	try {
		return await work(new ScenarioRunner(Promise.resolve(createEngine(conn, catalogue))));
	} finally {
		await conn.close();
	}
}

async function datenstandOf(data: RingData, id: string | undefined): Promise<DatenstandStatus> {
	const release = id === undefined ? null : findRelease(data, id);
	if (release) return { latest: releaseInfo(release), valuesHash: release.hash, changed: false };
	return datenstandStatus(data);
}

export async function report(argv: string[]): Promise<Outcome> {
	const usage = `Aufruf:\n${REPORT_USAGE}`;
	const options = parseOptions(argv, [
		'ring',
		'authority',
		'period',
		'peers',
		'datenstand',
		'scenario',
		'format',
		'out'
	]);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${usage}`);
	if (!options.ring || !options.authority || !options.period || !options.format || !options.out)
		return cliFailure(2, `report braucht --ring, --authority, --period, --format und --out.\n${usage}`);
	const period = periodOrFail(options.period, usage);
	if (isFailure(period)) return period;
	const format = options.format as ReportFormat;
	if (format !== 'pdf' && format !== 'docx')
		return cliFailure(2, `--format erwartet pdf oder docx, nicht „${options.format}“.`);
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) return catalogue;
	const data = await loadRingData(options.ring, catalogue);
	if (isFailure(data)) return data;
	const ring = ringAt(data, options.datenstand, options.ring);
	if (isFailure(ring)) return ring;
	const authorityId = options.authority;
	const notMember = memberOrFail(ring, authorityId, options.ring);
	if (notMember) return notMember;
	const peers = options.peers ?? 'size';
	const spec = peerSpec(peers, data.extras.custom_peer_groups);
	if (!spec) {
		const custom = data.extras.custom_peer_groups.map((g) => customKey(g.name));
		return cliFailure(
			2,
			`Unbekannte Vergleichsgruppe „${peers}“ (${['size', 'ring', 'kind', 'state', 'kind_size', 'nearest', 'nearest:N', ...custom].join('|')}).`
		);
	}
	const names = optionValues(argv, 'scenario');
	const picked = pickScenarios(data.extras.scenarios, names, authorityId, period);
	if (picked.problems.length) {
		const here = reportableScenarios(data.extras.scenarios, authorityId, period).map((s) => `„${s.name}“`);
		const offer = here.length
			? `Gespeicherte Szenarien von ${authorityId} für ${period}: ${here.join(', ')}.`
			: `Für ${authorityId} ist für ${period} kein Szenario gespeichert.`;
		return cliFailure(2, [...picked.problems.map((p) => word(p)), offer].join('\n'));
	}
	const datenstand = await datenstandOf(data, options.datenstand);
	const out = options.out;
	return withEngine(catalogue, ring, async (engine) => {
		if (!(await engine.periods()).includes(period))
			return cliFailure(2, `Der Ring ${options.ring} hat keine Daten für ${period}.`);
		const gathered = await gatherReportData(engine, { authorityId, period, spec });
		const scenarios = await withScenarioEngine(
			catalogue,
			(runner) =>
				compareScenarios(
					{ engine, runner, catalogue, ring, customGroups: data.extras.custom_peer_groups },
					picked.scenarios
				),
			picked.scenarios.length > 0
		);
		if (isFailure(scenarios)) return scenarios;
		const collected = { ...gathered, scenarios };
		const { entry } = textsFor(data.extras.report_texts, authorityId, period);
		const model = buildReport(
			collected,
			{
				catalogue,
				ring,
				extras: data.extras,
				peers: spec.type === 'custom' ? customKey(spec.name) : peers,
				date: isoDate(), // today in the local calendar (Europe/Berlin on the authorities' machines)
				datenstand
			},
			{
				fields: catalogue.fields.map((f) => f.id),
				kpis: catalogue.kpis.map((k) => k.id),
				addressee: entry.addressee,
				summary: entry.summary,
				comments: entry.comments,
				scenarios: picked.scenarios.map((s) => s.name)
			}
		);
		const bytes = await renderReport(model, format, { fonts: nodeFonts(), pngWasm: nodePngWasm() });
		const temporary = `${out}.${process.pid}.tmp`;
		try {
			await writeFile(temporary, bytes);
			await rename(temporary, out);
		} catch (error) {
			await rm(temporary, { force: true });
			const reason = error instanceof Error ? error.message : String(error);
			return cliFailure(2, `${out}: Datei lässt sich nicht schreiben (${reason}).`);
		}
		const warn = collected.group.reason ? `Hinweis: ${collected.group.reason}\n` : '';
		const hypothetical = scenarios.length
			? `Mit Abschnitt „Hypothetische Szenarien“: ${scenarios.map((c) => `„${c.scenario.name}“`).join(', ')}\n`
			: '';
		return {
			code: 0,
			stderr: `${warn}${hypothetical}${out}: ${format.toUpperCase()}, ${bytes.length} Bytes\n`
		};
	});
}
