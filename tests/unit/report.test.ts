/**
 * The council report of the demo ring (pseudonymous) as PDF and Word: every KPI's own value, median
 * and rank as the engine computes them, in German format, in both files; no other member's name in
 * either (text, alt texts, metadata, bookmarks, document properties); the PDF tagged, A4, with
 * Figures that have alt text and real tables in its structure tree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fmt, rankText } from '../../src/lib/dashboard/labels.ts';
import { buildReport } from '../../src/lib/report/build.ts';
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
		const facts = kpiFacts(kpi, row, m.data.plausibility, m.data.ownCounts, OWN, PERIOD);
		return {
			kpi: kpi.label,
			own: squash(fmt(row.own_value, kpi.unit)),
			median: squash(fmt(row.median, kpi.unit)),
			rank: squash(facts.mark.ranked ? rankText(row.rank, row.n) : rankText(null, row.n)),
			ranked: facts.mark.ranked,
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
			}
		}
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
		// The running header names the authority, the period and the Datenstand on every page but the title.
		expect(pdf.pages[1]).toContain(`${made.ring.authorities[0]!.name} · Erhebungsjahr 2024`);
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
	it('shows a frozen Datenstand on the title page, in the running header and the notes', () => {
		const cat = made.engine.catalogue;
		const model = buildReport(
			made.data,
			{
				catalogue: cat,
				ring: made.ring,
				peers: 'size',
				date: '2025-02-14',
				datenstand: { label: 'Freigabe 2025-01', hash: 'a1b2c3d4e5f60718293a4b5c' }
			},
			{ fields: ['waiting'], kpis: ['avg_processing_days'], addressee: '', summary: '', comments: {} }
		);
		const text = documentText(model).join('\n');
		expect(model.header).toBe(
			'Flensburg, Stadt · Erhebungsjahr 2024 · Datenstand Freigabe 2025-01 (a1b2c3d4e5f6)'
		);
		expect(text).toContain('Datenstand Freigabe 2025-01 (a1b2c3d4e5f6)');
		expect(text).toContain('eingefrorenen Datenstand „Freigabe 2025-01“');
		expect(text).toContain('Stand des Berichts: 14.02.2025');
		// Only the chosen field, and charts only for the chosen KPI.
		expect(model.blocks.filter((b) => b.kind === 'figure')).toHaveLength(2);
		expect(text).toContain('Wartezeiten und Erreichbarkeit');
		expect(text).not.toContain('Kostendeckungsgrad');
	});

	it('marks a value with an error finding „fehlerhaft“, with the finding’s message and without a rank', async () => {
		const flagged = made.data.plausibility.flagged[0];
		expect(flagged, 'the demo ring has an error finding').toBeDefined();
		const period = flagged!.period;
		const other = await makeReport(flagged!.authority_id, period, []);
		const kpi = other.engine.catalogue.kpis.find((k) => k.id === flagged!.kpi_id)!;
		const finding = other.data.plausibility.findings.find(
			(f) =>
				f.severity === 'error' &&
				f.authority_id === flagged!.authority_id &&
				f.period === period &&
				f.ids.some((id) => flagged!.flagged_inputs.includes(id))
		)!;
		const text = squash(documentText(other.model).join('\n'));
		expect(text).toContain(`Lage: ✕ fehlerhaft; Rang: kein Rang;`);
		expect(text).toContain(squash(`${kpi.label} – fehlerhaft: ${finding.message}`));
	});
});
