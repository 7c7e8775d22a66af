/**
 * The council report's hypothetical section (issue #28), on the demo ring: a saved scenario of
 * Flensburg 2024 (+2 FTE case officers, +10 % answered calls) in the report model, the PDF and the
 * Word file, and from the CLI's `report --scenario`.
 *
 * The figures are checked against an engine loaded with the whole ring and the changed counts —
 * not the scenario engine's copy (compute.ts `scenarioRing`) — so a wrong copy, a wrong group or a
 * change applied twice would show. The PDF keeps the report's PDF/UA structure (headings, tables with
 * header cells, the notice as a P) with balanced marked content on every page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fmt } from '../../src/lib/dashboard/labels.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import type { StatsRow } from '../../src/lib/engine/stats.ts';
import { formatBaseCount } from '../../src/lib/format/index.ts';
import { loadLocale, setLocale } from '../../src/lib/i18n/translate.ts';
import { buildReport } from '../../src/lib/report/build.ts';
import { valueMark } from '../../src/lib/report/marks.ts';
import { documentText, type ReportDocument, type TableBlock } from '../../src/lib/report/model.ts';
import { nodeFonts, nodePngWasm } from '../../src/lib/report/node-assets.ts';
import { renderReport } from '../../src/lib/report/render.ts';
import { pickScenarios, reportableScenarios } from '../../src/lib/report/scenario-choice.ts';
import { compareScenarios } from '../../src/lib/report/scenarios.ts';
import type { Scenario } from '../../src/lib/ring/package/types.ts';
import type { ScenarioComparison } from '../../src/lib/scenario/compare.ts';
import { ScenarioRunner } from '../../src/lib/scenario/compute.ts';
import { DEMO_RING_DIR } from '../e2e/support/expected.ts';
import {
	allOptions,
	docxParts,
	docxText,
	makeReport,
	nodesWithRole,
	readPdf,
	squash,
	type MadeReport
} from '../fixtures/report.ts';
import { openTestConnector } from './support/engine.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';

const OWN = '01001';
const PERIOD = 2024;
const SCENARIO: Scenario = {
	name: 'Zwei Stellen mehr',
	authority_id: OWN,
	period: PERIOD,
	peers: 'size',
	description: 'Zwei zusätzliche VZÄ und 10 % mehr angenommene Anrufe.',
	changes: [
		{ count_id: 'fte_case_officers', mode: 'add', value: 2 },
		{ count_id: 'calls_answered', mode: 'percent', value: 10 }
	]
};
const OTHER: Scenario = { ...SCENARIO, name: 'Kiel', authority_id: '01002' };
const EARLIER: Scenario = { ...SCENARIO, name: 'Vorjahr', period: 2023 };

let made: MadeReport;
let comparison: ScenarioComparison;
let model: ReportDocument;
let scenarioConn: Connector;
let checkConn: Connector;
/** kpi_id → the statistics of an engine loaded with the whole ring and Flensburg's changed counts. */
let expected: Map<string, StatsRow>;
let changedCounts: Map<string, number>;

const ctx = () => ({
	catalogue: made.engine.catalogue,
	ring: made.ring,
	extras: made.ringData.extras,
	peers: 'size',
	date: '2025-02-14',
	datenstand: made.datenstand
});

beforeAll(async () => {
	made = await makeReport(OWN, PERIOD, []);
	const catalogue = made.engine.catalogue;
	scenarioConn = await openTestConnector();
	const runner = new ScenarioRunner(Promise.resolve(createEngine(scenarioConn, catalogue)));
	comparison = (
		await compareScenarios({ engine: made.engine, runner, catalogue, ring: made.ring, customGroups: [] }, [
			SCENARIO
		])
	)[0]!;
	model = buildReport({ ...made.data, scenarios: [comparison] }, ctx(), {
		...allOptions(catalogue),
		scenarios: [SCENARIO.name]
	});

	// The independent reference: the whole ring, Flensburg's two counts changed by hand.
	const own = (id: string) =>
		decodeValues(made.ring.values).find(
			(v) => v.authority_id === OWN && v.period === PERIOD && v.count_id === id
		)!.value;
	changedCounts = new Map([
		['fte_case_officers', own('fte_case_officers') + 2],
		['calls_answered', Math.round(own('calls_answered') * 1.1)]
	]);
	const values = decodeValues(made.ring.values).map((v) =>
		v.authority_id === OWN && v.period === PERIOD && changedCounts.has(v.count_id)
			? { ...v, value: changedCounts.get(v.count_id)! }
			: v
	);
	checkConn = await openTestConnector();
	const check = createEngine(checkConn, catalogue);
	await check.loadRing({ ...made.ring, values: encodeValues(values) });
	const group = made.data.group;
	const { rows } = await check.stats(OWN, PERIOD, { type: 'custom', name: 'size', members: group.members });
	expected = new Map(rows.map((r) => [r.kpi_id, r]));
}, 300_000);
afterAll(async () => {
	await scenarioConn.close();
	await checkConn.close();
});

/**
 * The marked-content operators (BDC, BMC, EMC) of every content stream of the PDF, read from the raw
 * file: pdf.js quietly drops an EMC that closes nothing, so it cannot show one (poppler warns
 * „Mismatched EMC operator“). Content streams are the ones whose dictionary has no /Type, /Subtype
 * or font lengths (fonts, images, metadata have).
 */
function contentStreams(bytes: Uint8Array): string[][] {
	const buffer = Buffer.from(bytes);
	const text = buffer.toString('latin1');
	const out: string[][] = [];
	for (const m of text.matchAll(/\d+ 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g)) {
		const dict = m[1]!;
		if (/\/(Type|Subtype|Length1|Length2)\b/.test(dict)) continue;
		const start = m.index + m[0].length;
		const raw = buffer.subarray(start, start + Number(/\/Length (\d+)/.exec(dict)![1]));
		const data = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
		out.push(data.toString('latin1').match(/(?<!\S)(?:BDC|BMC|EMC)(?!\S)/g) ?? []);
	}
	return out;
}

function tableTitled(doc: ReportDocument, ending: string): TableBlock {
	const t = doc.blocks.find((b) => b.kind === 'table' && b.title.endsWith(ending));
	if (t?.kind !== 'table') throw new Error(`no table „…${ending}“`);
	return t;
}

describe('the report model with a scenario', () => {
	it('offers and picks only the own authority’s scenarios of the period', () => {
		const stored = [SCENARIO, OTHER, EARLIER];
		expect(reportableScenarios(stored, OWN, PERIOD)).toEqual([SCENARIO]);
		const picked = pickScenarios(stored, ['Kiel', SCENARIO.name, 'Vorjahr', 'gibt es nicht'], OWN, PERIOD);
		expect(picked.scenarios).toEqual([SCENARIO]);
		expect(picked.problems.map((p) => p.key)).toEqual([
			'rscn.error_other',
			'rscn.error_other',
			'rscn.error_unknown'
		]);
	});

	it('has the section after the fields, before the notes, clearly marked as hypothetical', () => {
		const headings = model.blocks.flatMap((b) => (b.kind === 'heading' ? [b] : []));
		const at = headings.findIndex((h) => h.text === 'Hypothetische Szenarien');
		expect(headings[at]).toMatchObject({ level: 2, bookmark: true });
		expect(headings[at + 1]).toMatchObject({ level: 3, text: 'Szenario „Zwei Stellen mehr“ (hypothetisch)' });
		expect(headings[at - 1]!.text).not.toBe('Hinweise zur Vergleichbarkeit');
		expect(headings.findIndex((h) => h.text === 'Hinweise zur Vergleichbarkeit')).toBeGreaterThan(at);
		const notices = model.blocks.filter((b) => b.kind === 'paragraph' && b.style === 'hypothetical');
		// Title page, summary and the section itself say it.
		expect(notices).toHaveLength(3);
		expect(notices.map((n) => (n.kind === 'paragraph' ? n.text : '')).join(' ')).toMatch(
			/keine echten Daten/
		);
		const text = documentText(model).join('\n');
		expect(text).toContain('Beschreibung: Zwei zusätzliche VZÄ und 10 % mehr angenommene Anrufe.');
		// Without a scenario, no such section.
		const plain = documentText(buildReport(made.data, ctx(), allOptions(made.engine.catalogue))).join('\n');
		expect(plain).not.toContain('Hypothetische Szenarien');
		expect(plain).not.toContain('hypothetisch');
	});

	it('lists the changed base counts, actual → scenario', () => {
		const table = tableTitled(model, '(hypothetisch) – geänderte Grundzahlen');
		const kind = (id: string) => made.engine.catalogue.base_counts.find((b) => b.id === id)!.kind;
		const before = (id: string) =>
			decodeValues(made.ring.values).find(
				(v) => v.authority_id === OWN && v.period === PERIOD && v.count_id === id
			)!.value;
		expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
			[
				'Angenommene Anrufe',
				'+10,0\u00a0%',
				formatBaseCount(before('calls_answered'), kind('calls_answered')),
				formatBaseCount(changedCounts.get('calls_answered'), kind('calls_answered'))
			],
			[
				'Ist-VZÄ Sachbearbeitung (Jahresdurchschnitt)',
				`+${formatBaseCount(2, 'fte')}`,
				formatBaseCount(before('fte_case_officers'), 'fte'),
				formatBaseCount(changedCounts.get('fte_case_officers'), 'fte')
			]
		]);
	});

	it('lists exactly the KPIs whose value, position or rank change, with the figures of an engine loaded with the changed ring', () => {
		const catalogue = made.engine.catalogue;
		const table = tableTitled(model, '(hypothetisch) – Kennzahlen, die sich ändern');
		const mark = (row: StatsRow, kpiId: string) => {
			const m = valueMark(
				row,
				catalogue.kpis.find((k) => k.id === kpiId)!,
				catalogue
			);
			const text = `${m.symbol}\u00a0${m.text}`;
			return m.rank === '–' ? text : `${text}; Rang: ${m.rank}`;
		};
		const changed = catalogue.kpis.filter((k) => {
			const [a, s] = [made.data.stats.find((r) => r.kpi_id === k.id)!, expected.get(k.id)!];
			return (
				a.own_value !== s.own_value ||
				a.position !== s.position ||
				a.rank !== s.rank ||
				!a.erroneous !== !s.erroneous
			);
		});
		// decisions_per_fte (FTE), phone_reachability (calls) at least.
		expect(changed.map((k) => k.id)).toEqual(
			expect.arrayContaining(['decisions_per_fte', 'phone_reachability'])
		);
		expect(table.rows.map((r) => r[0]!.text)).toEqual(changed.map((k) => k.label));
		for (const [i, k] of changed.entries()) {
			const [a, s] = [made.data.stats.find((r) => r.kpi_id === k.id)!, expected.get(k.id)!];
			const cells = table.rows[i]!.map((c) => c.text);
			expect(cells[1], k.id).toBe(fmt(a.own_value, k.unit));
			expect(cells[2], k.id).toBe(fmt(s.own_value, k.unit));
			expect(cells[4], k.id).toBe(mark(a, k.id));
			expect(cells[5], k.id).toBe(mark(s, k.id));
		}
		// The comparison's scenario side is the engine's to the last digit, for every KPI.
		for (const row of comparison.fields.flatMap((f) => f.rows))
			expect(row.scenario.own_value, row.kpi.id).toBe(expected.get(row.kpi.id)!.own_value);
	});

	it('in English on an English page: words, labels and numbers', async () => {
		await loadLocale('en');
		setLocale('en');
		try {
			const en = buildReport({ ...made.data, scenarios: [comparison] }, ctx(), {
				...allOptions(made.engine.catalogue),
				scenarios: [SCENARIO.name]
			});
			const text = documentText(en).join('\n');
			expect(text).toContain('Hypothetical scenarios');
			expect(text).toContain('Hypothetical – not real data.');
			expect(text).toContain('Scenario “Zwei Stellen mehr” (hypothetical)');
			expect(text).toContain('scenario “Zwei Stellen mehr” (hypothetical) – changed base counts');
			const counts = tableTitled(en, '(hypothetical) – changed base counts');
			expect(counts.rows.map((r) => r[0]!.text)).toEqual(['Calls answered', 'Actual FTE case officers']);
			expect(counts.rows[0]![1]!.text).toBe('+10.0%');
			expect(text).not.toMatch(/hypothetisch|Grundzahl|keine echten Daten|Rang:/);
		} finally {
			setLocale('de');
		}
	});

	it('names no other member of the pseudonymous ring', () => {
		const section = documentText(model).join('\n');
		for (const a of made.ring.authorities.filter((x) => x.authority_id !== OWN)) {
			const core = a.name.split(',')[0]!.trim();
			const own = made.ring.authorities.find((x) => x.authority_id === OWN)!.name;
			expect(section.includes(core) && !own.includes(core), core).toBe(false);
		}
	});
});

describe('the files with a scenario', () => {
	let pdfBytes: Uint8Array;
	let docx: Uint8Array;
	beforeAll(async () => {
		const assets = { fonts: nodeFonts(), pngWasm: nodePngWasm() };
		const short = buildReport(
			{ ...made.data, scenarios: [comparison] },
			ctx(),
			// Two fields and one chart keep the files small; the section is the same.
			{ ...allOptions(made.engine.catalogue), fields: ['waiting', 'staff'], kpis: ['avg_processing_days'] }
		);
		[pdfBytes, docx] = await Promise.all([
			renderReport(short, 'pdf', assets),
			renderReport(short, 'docx', assets)
		]);
	}, 300_000);

	it('PDF: the section as tagged headings, a P notice and tables with header cells; marked content balanced', async () => {
		const pdf = await readPdf(pdfBytes);
		const text = squash(pdf.pages.join(' '));
		expect(text).toContain('Hypothetische Szenarien');
		expect(text).toContain('Hypothetisch – keine echten Daten.');
		expect(text).toContain('Tabelle');
		expect(text).toContain('Szenario „Zwei Stellen mehr“ (hypothetisch) – Kennzahlen, die sich ändern');
		expect(pdf.markInfo?.Marked).toBe(true);
		expect(pdf.outline?.map((o) => o.title)).toContain('Hypothetische Szenarien');
		const h2 = nodesWithRole(pdf.trees, 'H2');
		const h3 = nodesWithRole(pdf.trees, 'H3');
		expect(h2.length).toBeGreaterThan(3);
		expect(h3.length).toBeGreaterThan(3);
		const tables = nodesWithRole(pdf.trees, 'Table');
		expect(tables.length).toBeGreaterThanOrEqual(4);
		expect(nodesWithRole(pdf.trees, 'TH').length).toBeGreaterThan(tables.length);
		// Every page opens as many marked-content sequences as it closes, never closing one too many.
		const streams = contentStreams(pdfBytes);
		expect(streams.length).toBeGreaterThanOrEqual(pdf.pages.length);
		for (const [i, ops] of streams.entries()) {
			let depth = 0;
			for (const op of ops) {
				depth += op === 'EMC' ? -1 : 1;
				expect(depth, `stream ${i}`).toBeGreaterThanOrEqual(0);
			}
			expect(depth, `stream ${i}`).toBe(0);
		}
	});

	it('Word: the section with heading styles, the notice shaded, its tables with a header row', () => {
		const xml = docxParts(docx)['word/document.xml']!;
		const text = squash(docxText(xml));
		expect(text).toContain('Hypothetische Szenarien');
		expect(text).toContain('Szenario „Zwei Stellen mehr“ (hypothetisch)');
		expect(text).toContain('Hypothetisch – keine echten Daten.');
		expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*Hypothetische Szenarien/s);
		expect(xml).toContain('w:fill="FFF6D6"');
		const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
		expect(xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/g)?.length).toBe(tables);
	});
});

describe('CLI report --scenario', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'report-scenario-'));
		cpSync(DEMO_RING_DIR, path.join(dir, 'ring'), { recursive: true });
		writeFileSync(
			path.join(dir, 'ring', 'scenarios.json'),
			`${JSON.stringify({ scenarios: [SCENARIO, OTHER] }, null, 2)}\n`
		);
	});
	const cli = (...args: string[]) =>
		spawnSync(
			process.execPath,
			[
				'src/cli/main.ts',
				'report',
				'--ring',
				path.join(dir, 'ring'),
				'--authority',
				OWN,
				'--period',
				'2024',
				...args
			],
			{ encoding: 'utf8', timeout: 240_000 }
		);

	it('writes the section into the PDF, with the figures of the model', async () => {
		const out = path.join(dir, 'bericht.pdf');
		const r = cli('--scenario', SCENARIO.name, '--format', 'pdf', '--out', out);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).toContain('Mit Abschnitt „Hypothetische Szenarien“: „Zwei Stellen mehr“');
		const text = squash((await readPdf(new Uint8Array(readFileSync(out)))).pages.join(' '));
		expect(text).toContain('Hypothetische Szenarien');
		const table = tableTitled(model, '(hypothetisch) – Kennzahlen, die sich ändern');
		for (const row of table.rows)
			expect(text).toContain(
				squash(
					row
						.slice(1, 4)
						.map((c) => c.text)
						.join(' ')
				)
			);
	}, 240_000);

	it('refuses another member’s or an unknown scenario with exit 2 and names the ones there are', () => {
		const r = cli(
			'--scenario',
			'Kiel',
			'--scenario',
			'gibt es nicht',
			'--format',
			'pdf',
			'--out',
			path.join(dir, 'x.pdf')
		);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(
			'Das Szenario „Kiel“ gehört zu 01002 und 2024; dieser Bericht ist für 01001 und 2024.'
		);
		expect(r.stderr).toContain('„gibt es nicht“ ist im Ring nicht (mehr) gespeichert');
		expect(r.stderr).toContain('Gespeicherte Szenarien von 01001 für 2024: „Zwei Stellen mehr“.');
	}, 60_000);
});
