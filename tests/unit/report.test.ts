/**
 * The council report of the demo ring (pseudonymous) as PDF and Word: every KPI's own value, median
 * and rank as the engine computes them, in German format, in both files; no other member's name in
 * either (text, alt texts, metadata, bookmarks, document properties); the PDF tagged, A4, with
 * Figures that have alt text and real tables in its structure tree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fmt } from '../../src/lib/dashboard/labels.ts';
import { errorText, intervalLabel } from '../../src/lib/dashboard/quality.ts';
import { releaseLabel } from '../../src/lib/datenstand/labels.ts';
import { buildReport, type ReportContext } from '../../src/lib/report/build.ts';
import { kpiFacts } from '../../src/lib/report/facts.ts';
import { documentText } from '../../src/lib/report/model.ts';
import {
	docxParts,
	docxText,
	makeReport,
	nodesWithRole,
	readPdf,
	squash,
	type MadeReport,
	type ReadPdf
} from '../fixtures/report.ts';

const OWN = '01001';
const PERIOD = 2024;
let made: MadeReport;
let pdf: ReadPdf;
let pdfText: string;
let docText: string;
let parts: Record<string, string>;

beforeAll(async () => {
	made = await makeReport(OWN, PERIOD);
	pdf = await readPdf(made.pdf);
	pdfText = squash(pdf.pages.join(' '));
	parts = docxParts(made.docx);
	docText = squash(docxText(parts['word/document.xml']!));
}, 300_000);

/** What the engine says about each KPI, formatted as the report must show it. */
function expectations(m: MadeReport) {
	return m.engine.catalogue.kpis.map((kpi) => {
		const row = m.data.stats.find((r) => r.kpi_id === kpi.id)!;
		const facts = kpiFacts(kpi, row, m.data.plausibility, m.engine.catalogue, OWN, PERIOD);
		return {
			kpi: kpi.label,
			own: squash(fmt(row.own_value, kpi.unit)),
			median: squash(fmt(row.median, kpi.unit)),
			rank: squash(facts.rank),
			ranked: facts.mark.ranked,
			interval: squash(intervalLabel(row.ci_low, row.ci_high, row.ci_n, kpi.unit)),
			row
		};
	});
}

describe('council report of the demo ring', () => {
	it('states every KPI’s own value, median and rank in German format, in the PDF and in Word', () => {
		const rows = expectations(made);
		expect(rows).toHaveLength(28);
		// The engine's figures really are German-formatted and present (not vacuous): decimal commas.
		expect(rows.some((r) => /\d,\d/.test(r.own))).toBe(true);
		expect(rows.filter((r) => r.ranked && r.row.rank !== null).length).toBeGreaterThan(15);
		for (const r of rows) {
			// Own value, median and rank stand together in each KPI's standing line and table row.
			const line = `Eigener Wert ${r.own}; Median der Gruppe ${r.median};`;
			for (const [name, text] of [
				['PDF', pdfText],
				['Word', docText]
			] as const) {
				expect(text, `${name}: ${r.kpi}`).toContain(line);
				expect(text, `${name}: ${r.kpi} rank`).toContain(`Rang: ${r.rank};`);
				// Proportion KPIs: the 95 % interval with its n, as the overview shows it (#27).
				if (r.row.ci_n !== null && !r.row.erroneous)
					expect(text, `${name}: ${r.kpi} CI`).toContain(r.interval);
			}
		}
		expect(
			rows.filter((r) => r.row.ci_low !== null).length,
			'proportion KPIs with an interval'
		).toBeGreaterThan(3);
	});

	it('names no other member anywhere — text, alt texts, metadata, bookmarks, Word properties', () => {
		const others = made.ring.authorities.filter((a) => a.authority_id !== OWN);
		const own = made.ring.authorities.find((a) => a.authority_id === OWN)!;
		const outline = JSON.stringify(pdf.outline);
		const alts = nodesWithRole(pdf.trees, 'Figure')
			.map((f) => f.alt ?? '')
			.join(' ');
		const everything = [
			pdfText,
			alts,
			outline,
			JSON.stringify(pdf.metadata),
			...Object.values(parts),
			...documentText(made.model)
		].join('\n');
		expect(everything).toContain(own.name);
		expect(everything).toMatch(/Behörde [A-Z]{1,2}\b/);
		for (const a of others) {
			// The distinctive part of a name: „Kiel, Landeshauptstadt“ → „Kiel“.
			const core = a.name.split(',')[0]!.trim();
			expect(everything, a.name).not.toContain(a.name);
			expect(everything.includes(core) && !own.name.includes(core), core).toBe(false);
		}
		expect(String(pdf.metadata.info.Author)).toBe(own.name);
		expect(parts['docProps/core.xml']).toContain(`<dc:creator>${own.name}</dc:creator>`);
	});

	it('is a tagged A4 PDF with headings, Figures with alt text, tables and bookmarks', () => {
		expect(pdf.markInfo?.Marked).toBe(true);
		for (const [w, h] of pdf.sizes) {
			expect(w).toBeCloseTo(595.28, 1);
			expect(h).toBeCloseTo(841.89, 1);
		}
		const figures = nodesWithRole(pdf.trees, 'Figure');
		expect(figures).toHaveLength(56); // ranking and trend of each of the 28 KPIs
		for (const f of figures) expect(f.alt ?? '').toMatch(/^(Balkendiagramm|Liniendiagramm): /);
		const tables = nodesWithRole(pdf.trees, 'Table');
		// pdf.js lists a table that continues on the next page under both pages.
		expect(tables.length).toBeGreaterThanOrEqual(made.model.blocks.filter((b) => b.kind === 'table').length);
		expect(nodesWithRole(pdf.trees, 'TH').length).toBeGreaterThan(tables.length);
		expect(nodesWithRole(pdf.trees, 'TD').length).toBeGreaterThan(0);
		expect(nodesWithRole(pdf.trees, 'H1')).toHaveLength(1);
		expect(nodesWithRole(pdf.trees, 'H2').length).toBeGreaterThan(8);
		expect(pdf.metadata.title).toBe(made.model.meta.title);
		expect(pdf.outline?.map((o) => o.title)).toContain('Zusammenfassung');
		// The running header names the authority, the period and the Datenstand on every page but the title;
		// the demo ring's values are its Datenstand 2024-1, shown as every download shows it.
		expect(made.datenstand.changed).toBe(false);
		const stamp = releaseLabel(made.datenstand.latest!);
		expect(stamp).toBe('Datenstand 2024-1 vom 12.03.2025 · e7c75142');
		expect(squash(pdf.pages[0]!)).toContain(stamp);
		for (const page of pdf.pages.slice(1))
			expect(squash(page)).toContain(`${made.ring.authorities[0]!.name} · Erhebungsjahr 2024 · ${stamp}`);
		expect(pdf.pages.at(-1)).toMatch(new RegExp(`Seite ${pdf.pages.length} von ${pdf.pages.length}`));
	});

	it('puts the department’s texts and the chart alt texts into Word', () => {
		expect(docText).toContain('Ausschuss für Verwaltung, Ordnung und Sicherheit, Sitzung am 12.03.2025');
		expect(docText).toContain('Kommentar der Verwaltung: Zwei Stellen waren unbesetzt.');
		const doc = parts['word/document.xml']!;
		expect(doc.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/g)?.length).toBe(63);
		expect(doc.match(/<wp:docPr [^>]*descr="(Balkendiagramm|Liniendiagramm): /g)?.length).toBe(56);
		expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>/);
		expect(doc).toMatch(/<w:pStyle w:val="Heading3"\/>/);
	});
});

describe('report model', () => {
	const model = (over: Partial<ReportContext>) =>
		buildReport(
			made.data,
			{
				catalogue: made.engine.catalogue,
				ring: made.ring,
				extras: made.ringData.extras,
				peers: 'size',
				date: '2025-02-14',
				...over
			},
			{ fields: ['waiting'], kpis: ['avg_processing_days'], addressee: '', summary: '', comments: {} }
		);
	const frozen = {
		id: 'freigabe',
		name: 'Freigabe 2025-01',
		created: '2025-01-20T10:00:00Z',
		hash: 'a1b2c3d4'.repeat(8)
	};

	it('shows the Datenstand on the title page, in the running header and the notes — frozen, changed or none', () => {
		const at = model({ datenstand: { latest: frozen, valuesHash: frozen.hash, changed: false } });
		const text = documentText(at).join('\n');
		expect(at.header).toBe(
			'Flensburg, Stadt · Erhebungsjahr 2024 · Datenstand Freigabe 2025-01 vom 20.01.2025 · a1b2c3d4'
		);
		expect(text).toContain('Datenstand Freigabe 2025-01 vom 20.01.2025 · a1b2c3d4');
		expect(text).toContain(
			`eingefrorenen Datenstand Freigabe 2025-01 vom 20.01.2025 · a1b2c3d4; Prüfsumme der Werte (SHA-256): ${frozen.hash}`
		);
		expect(text).toContain('Stand des Berichts: 14.02.2025');

		const values = 'f0e1d2c3'.repeat(8);
		const changed = model({ datenstand: { latest: frozen, valuesHash: values, changed: true } });
		expect(changed.header).toContain(
			'geändert seit Datenstand Freigabe 2025-01 vom 20.01.2025 · a1b2c3d4 (aktuelle Werte · f0e1d2c3)'
		);
		const changedText = documentText(changed).join('\n');
		expect(changedText).toContain('Geändert seit Datenstand Freigabe 2025-01');
		expect(changedText).toContain(
			`aktuellen Werten des Rings, nicht auf einem eingefrorenen Datenstand (geändert seit Datenstand Freigabe 2025-01 vom 20.01.2025 · a1b2c3d4); Prüfsumme der Werte (SHA-256): ${values}`
		);

		const none = model({ datenstand: { latest: null, valuesHash: values, changed: false } });
		expect(none.header).toContain('kein Datenstand eingefroren (aktuelle Werte · f0e1d2c3)');
		expect(documentText(none).join('\n')).toContain('es ist noch kein Datenstand eingefroren');
		expect(model({}).header).toContain('Datenstand nicht bestimmbar');
	});

	it('reports only the chosen field, and charts only for the chosen KPI', () => {
		const m = model({});
		const text = documentText(m).join('\n');
		expect(m.blocks.filter((b) => b.kind === 'figure')).toHaveLength(2);
		expect(text).toContain('Wartezeiten und Erreichbarkeit');
		expect(text).not.toContain('Kostendeckungsgrad');
	});

	it('says whether the moderator released the own data, when the ring uses releases', () => {
		const extras = made.ringData.extras;
		const released = model({
			extras: {
				...extras,
				member_releases: [{ authority_id: OWN, period: PERIOD, state: 'freigegeben', date: '2025-02-01' }]
			}
		});
		expect(documentText(released).join('\n')).toContain('am 01.02.2025 freigegeben');
		const draft = model({
			extras: {
				...extras,
				member_releases: [{ authority_id: '09162', period: PERIOD, state: 'freigegeben', date: '2025-02-01' }]
			}
		});
		expect(documentText(draft).join('\n')).toContain('noch nicht von der Moderation freigegeben');
		expect(documentText(model({ extras: { ...extras, member_releases: [] } })).join('\n')).not.toContain(
			'Moderation'
		);
	});

	it('marks a value with an error finding „fehlerhaft“: the finding with its values, no rank, last in the ranking', async () => {
		const flagged = made.data.plausibility.flagged[0];
		expect(flagged, 'the demo ring has an error finding').toBeDefined();
		const period = flagged!.period;
		const other = await makeReport(flagged!.authority_id, period, []);
		const kpi = other.engine.catalogue.kpis.find((k) => k.id === flagged!.kpi_id)!;
		const row = other.data.stats.find((r) => r.kpi_id === kpi.id)!;
		expect(row.erroneous).not.toBeNull();
		const finding = squash(errorText(row.erroneous!, other.engine.catalogue));
		const text = squash(documentText(other.model).join('\n'));
		expect(text).toContain('Lage: ✖ fehlerhaft; Rang: kein Rang (fehlerhaft);');
		expect(text).toContain(squash(`${kpi.label} – fehlerhaft: ${finding}`));
		// The ranking table: the own row last, without rank, with the finding as its status.
		const table = other.model.blocks.find(
			(b) => b.kind === 'table' && b.title.endsWith(`${kpi.label} – Werte der Vergleichsgruppe`)
		);
		if (table?.kind !== 'table') throw new Error('no ranking table');
		expect(table.highlight).toBe(table.rows.length - 1);
		const own = table.rows.at(-1)!;
		expect(own[2]!.text).toBe('–');
		expect(squash(own.at(-1)!.text)).toBe(squash(`fehlerhaft: ${finding}`));
		// The other ranks stay consecutive from 1 (the fehlerhaft value is out of the group).
		const ranks = table.rows
			.slice(0, -1)
			.map((r) => r[2]!.text)
			.filter((r) => r !== '–');
		expect(ranks[0]).toBe('1');
	});
});
