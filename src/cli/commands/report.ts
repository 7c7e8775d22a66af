/**
 * `report --ring <dir|zip> --authority <id> --period YYYY [--peers <group>] --format pdf|docx --out <file>`
 * (formats.md): the council report from the same engine, the same data collection (report/data.ts),
 * the same document model (report/build.ts) and the same renderers as the page's worker — so the
 * CLI's file says what the browser's says.
 *
 * The report texts (addressee, summary, comments) are read from the ring's `report-texts.json`
 * when the package has one (format 2); all fields and all KPIs are in the CLI's report.
 * The file is written atomically (temporary file, then rename): a failed run leaves no half PDF.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalogue } from '../../lib/catalogue/schema.ts';
import { customKey, peerSpec } from '../../lib/dashboard/state.ts';
import { createEngine } from '../../lib/engine/engine.ts';
import { openNodeConnector } from '../../lib/engine/node-connector.ts';
import type { Ring } from '../../lib/ring/types.ts';
import { buildReport } from '../../lib/report/build.ts';
import { gatherReportData } from '../../lib/report/data.ts';
import { nodeFonts, nodePngWasm } from '../../lib/report/node-assets.ts';
import { renderReport, type ReportFormat } from '../../lib/report/render.ts';
import {
	readReportTexts,
	REPORT_TEXTS_FILE,
	textsFor,
	type ReportTexts
} from '../../lib/report/texts-format.ts';
import { parseOptions, parsePeriodOption } from '../args.ts';

export const REPORT_USAGE =
	'  npm run --silent cli -- report --ring <ordner|zip> --authority <id> --period JJJJ [--peers size|ring|kind|state|kind_size|nearest] --format pdf|docx --out <datei>';

type Outcome = { code: 0 | 1 | 2; stdout?: string; stderr?: string };

/** main.ts's loaders: a catalogue or ring, or the outcome that says why not. */
export interface ReportDeps {
	catalogue(): Catalogue | Outcome;
	loadRing(ringPath: string, catalogue: Catalogue): Promise<Ring | Outcome>;
}
const fail = (code: 1 | 2, message: string): Outcome => ({ code, stderr: `${message}\n` });

/** `report-texts.json` next to the ring's files (a folder only; a zip's texts come with format 2). */
async function ringTexts(ringPath: string): Promise<ReportTexts | undefined | string> {
	let text: string;
	try {
		text = await readFile(path.join(ringPath, REPORT_TEXTS_FILE), 'utf8');
	} catch {
		return undefined;
	}
	const read = readReportTexts(text, path.join(ringPath, REPORT_TEXTS_FILE));
	return read.ok ? read.value : read.messages.join('\n');
}

export async function reportCommand(argv: string[], deps: ReportDeps): Promise<Outcome> {
	const options = parseOptions(argv, ['ring', 'authority', 'period', 'peers', 'format', 'out']);
	if (typeof options === 'string') return fail(2, `${options}\nAufruf:\n${REPORT_USAGE}`);
	if (!options.ring || !options.authority || !options.period || !options.format || !options.out)
		return fail(
			2,
			`report braucht --ring, --authority, --period, --format und --out.\nAufruf:\n${REPORT_USAGE}`
		);
	const period = parsePeriodOption(options.period);
	if (typeof period !== 'number') return fail(2, period ?? REPORT_USAGE);
	const format = options.format as ReportFormat;
	if (format !== 'pdf' && format !== 'docx')
		return fail(2, `--format erwartet pdf oder docx, nicht „${options.format}“.`);
	const catalogue = deps.catalogue();
	if ('code' in catalogue) return catalogue;
	const ring = await deps.loadRing(options.ring, catalogue);
	if ('code' in ring) return ring;
	if (!ring.authorities.some((a) => a.authority_id === options.authority))
		return fail(2, `Behörde „${options.authority}“ ist nicht Mitglied des Rings ${options.ring}.`);
	const peers = options.peers ?? 'size';
	const spec = peerSpec(peers, []);
	if (!spec)
		return fail(
			2,
			`Unbekannte Vergleichsgruppe „${peers}“ (size|ring|kind|state|kind_size|nearest|nearest:N).`
		);
	const texts = await ringTexts(options.ring);
	if (typeof texts === 'string') return fail(1, texts);
	const conn = await openNodeConnector();
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		if (!(await engine.periods()).includes(period))
			return fail(2, `Der Ring ${options.ring} hat keine Daten für ${period}.`);
		const data = await gatherReportData(engine, conn, { authorityId: options.authority, period, spec });
		const { entry } = textsFor(texts, options.authority, period);
		const model = buildReport(
			data,
			{ catalogue, ring, peers: spec.type === 'custom' ? customKey(spec.name) : peers, date: today() },
			{
				fields: catalogue.fields.map((f) => f.id),
				kpis: catalogue.kpis.map((k) => k.id),
				addressee: entry.addressee,
				summary: entry.summary,
				comments: entry.comments
			}
		);
		const bytes = await renderReport(model, format, { fonts: nodeFonts(), pngWasm: nodePngWasm() });
		const temporary = `${options.out}.${process.pid}.tmp`;
		await writeFile(temporary, bytes);
		await rename(temporary, options.out);
		const warn = data.group.reason ? `Hinweis: ${data.group.reason}\n` : '';
		return { code: 0, stderr: `${warn}${options.out}: ${format.toUpperCase()}, ${bytes.length} Bytes\n` };
	} finally {
		await conn.close();
	}
}

/** The report's date: today in the local calendar (Europe/Berlin on the authorities' machines). */
export function today(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
