/**
 * Downloads that open right in German Excel and chart texts that tell the truth (issue #19), in the
 * production build on the demo ring:
 *
 * - the overview's CSV reads back through the project's own import readers (encoding, separator,
 *   tokenizer, German numbers) to exactly the engine's numbers, and its Excel file through the
 *   import's XLSX reader, with an info sheet that says who, when, against whom and which Datenstand;
 * - a chart's Excel file carries its table (peers under pseudonyms only), its SVG the title, the
 *   own authority, period and group, the legend and the Datenstand with the date;
 * - Suhl 2024 has no external hiring success (no selection procedure, a zero denominator): the KPI
 *   header says why, the direction says the current value is missing, and the ranking keeps the
 *   own row, empty, with the reason; the scatter further down is drawn without being scrolled to.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { word } from '../../src/lib/i18n/messages.ts';
import { tokenize } from '../../src/lib/ingest/csv-tokenizer.ts';
import { decodeBytes } from '../../src/lib/ingest/decode.ts';
import { detectSeparator } from '../../src/lib/ingest/dialect.ts';
import { parseNumberCell } from '../../src/lib/ingest/numbers.ts';
import { readXlsx } from '../../src/lib/ingest/xlsx.ts';
import { expect, test } from './fixtures.ts';
import { demoReference } from './support/expected.ts';

const KIEL = '01002';

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Uint8Array }> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile((await file.path())!)) };
}

/** The CSV's records as the import reads them (its own encoding and separator detection). */
function csvRecords(bytes: Uint8Array): { separator: string; bom: boolean; records: string[][] } {
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) throw new Error(word(decoded.message));
	const separator = detectSeparator(decoded.text);
	const records: string[][] = [];
	tokenize(decoded.text, separator, (r) => {
		records.push([...r.fields]);
	});
	return { separator, bom: decoded.bom, records };
}

/** A German number cell as the import reads it, once the file shows the German convention. */
function germanNumber(cell: string): number {
	const { cls, negative } = parseNumberCell(cell);
	const value =
		cls.kind === 'ambiguous' ? cls.de : cls.kind === 'neutral' || cls.kind === 'de' ? cls.value : NaN;
	return (negative ? -1 : 1) * value;
}

test.slow();

test('overview: the CSV and the Excel file carry exactly the engine numbers, in German Excel form', async ({
	page
}) => {
	const ref = await demoReference();
	const stats = await ref.engine.stats(KIEL, 2023, { type: 'size' });
	await page.goto(`./?authority=${KIEL}&period=2023&peers=size`);
	await expect(page.locator('[data-testid="dashboard-view"][aria-busy="false"]')).toBeVisible({
		timeout: 60_000
	});

	const csv = await download(page, page.locator('[data-download="overview-csv"]'));
	expect(csv.name).toBe(`uebersicht-${KIEL}-2023-size.csv`);
	const { separator, bom, records } = csvRecords(csv.bytes);
	expect({ separator, bom }).toEqual({ separator: ';', bom: true });
	const [header, ...rows] = records;
	expect(header).toContain('Kennzahl-ID');
	expect(header).toContain('Eigener Wert');
	expect(header!.at(-1)).toBe('Datenstand');
	const idCol = header!.indexOf('Kennzahl-ID');
	const ownCol = header!.indexOf('Eigener Wert');
	const medianCol = header!.indexOf('Median der Gruppe');
	expect(rows).toHaveLength(stats.rows.length);
	for (const s of stats.rows) {
		const row = rows.find((r) => r[idCol] === s.kpi_id)!;
		expect(row[ownCol] === '' ? null : germanNumber(row[ownCol]!), s.kpi_id).toBe(s.own_value);
		expect(row[medianCol] === '' ? null : germanNumber(row[medianCol]!), s.kpi_id).toBe(s.median);
	}

	const xlsx = await download(page, page.locator('[data-download="overview-xlsx"]'));
	expect(xlsx.name).toBe(`uebersicht-${KIEL}-2023-size.xlsx`);
	const book = readXlsx(xlsx.bytes);
	if (!book.ok) throw new Error(word(book.message));
	expect(book.sheets).toEqual(['Übersicht 2023', 'Info']);
	const cell = (r: number, c: number) => book.rows[r]?.cells.find((x) => x.column === c + 1);
	expect(header!.map((_, c) => cell(0, c)?.text)).toEqual(header);
	for (const [i, row] of rows.entries()) {
		const s = stats.rows.find((r) => r.kpi_id === row[idCol])!;
		expect(cell(i + 1, ownCol)?.number ?? null, s.kpi_id).toBe(s.own_value);
	}
	const info = readXlsx(xlsx.bytes, 'Info');
	if (!info.ok) throw new Error(word(info.message));
	const about = Object.fromEntries(info.rows.map((r) => [r.cells[0]?.text, r.cells[1]?.text]));
	expect(about).toMatchObject({
		Tabelle: 'Übersicht 2023',
		'Mein Amt': 'Kiel, Landeshauptstadt',
		Erhebungsjahr: '2023',
		Datenstand: expect.stringMatching(/^Datenstand 2024-1 vom 12\.03\.2025 · [0-9a-f]{8}$/),
		'Erstellt am': expect.stringMatching(/^\d{4}-\d\d-\d\d$/) // a date cell, read back as ISO
	});
	expect(about.Vergleichsgruppe).toMatch(/^Größenklasse GK\d \(n = \d+\)$/);
});

test('a chart: Excel with its table under pseudonyms, SVG with title, who/when/group, legend and Datenstand', async ({
	page
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities.find((a) => a.authority_id === KIEL)!;
	const names = ref.ring.authorities
		.filter((a) => a !== own && !own.name.includes(a.name))
		.map((a) => a.name);
	await page.goto(`./kpi/avg_processing_days?authority=${KIEL}&period=2023&peers=size`);
	const chart = page.locator('[data-chart="ranking"]');
	await expect(chart.locator('g.own-bar rect')).toHaveCount(1, { timeout: 60_000 });

	const xlsx = await download(page, chart.locator('[data-download="xlsx"]'));
	expect(xlsx.name).toBe('rangfolge-avg-processing-days-2023-size.xlsx');
	const book = readXlsx(xlsx.bytes);
	if (!book.ok) throw new Error(word(book.message));
	const texts = book.rows.flatMap((r) => r.cells.map((c) => c.text));
	expect(texts.slice(0, 3)).toEqual(['Behörde', 'Wert', 'Rang']);
	expect(texts).toContain(own.name);
	for (const name of names) expect(texts, name).not.toContain(name);
	const ownRow = book.rows.find((r) => r.cells[0]?.text === own.name)!;
	expect(ownRow.cells[1]?.number).toBe(await ref.kpiValue(KIEL, 2023, 'avg_processing_days'));

	const svg = new TextDecoder().decode((await download(page, chart.locator('[data-download="svg"]'))).bytes);
	expect(svg).toMatch(/class="frame-title"[^>]*>Rangfolge in der Vergleichsgruppe 2023</);
	expect(svg).toMatch(/class="frame-context"[^>]*>Mein Amt: Kiel, Landeshauptstadt · Erhebungsjahr 2023/);
	expect(svg).toMatch(/class="frame-legend"[^>]*>◆ dunkler Balken mit Umrandung: eigene Behörde/);
	expect(svg).toMatch(
		/class="datenstand"[^>]*>Datenstand 2024-1 vom 12\.03\.2025 · [0-9a-f]{8} · erstellt am/
	);
	for (const name of names) expect(svg, name).not.toContain(name);
});

test('Suhl 2024: a zero denominator says why, keeps the own row in the ranking; the scatter draws unscrolled', async ({
	page
}) => {
	await page.goto('./kpi/external_hiring_success?authority=16054&period=2024&peers=size');
	await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('own-value')).toHaveText('–');
	await expect(page.getByTestId('own-reason')).toHaveText('(Nenner ist 0)');
	await expect(page.getByTestId('direction')).toContainText('kein aktueller Wert');
	await expect(page.getByTestId('direction')).not.toContainText('kein Vorjahreswert');

	const ranking = page.locator('[data-chart="ranking"]');
	await expect(ranking.locator('g.own-gap text')).toHaveText('kein Wert – Nenner ist 0');
	await expect(ranking.locator('[aria-label="y-axis tick label"] text').last()).toHaveText('◆ Suhl, Stadt');
	await expect(ranking.locator('figcaption')).toContainText(
		'Eigene Behörde (Suhl, Stadt) ohne Wert: Nenner ist 0.'
	);
	// Never scrolled to: the scatter is drawn while the browser is idle.
	await expect(page.locator('[data-chart="scatter"] .plot svg')).toHaveCount(1);
	await ranking.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
	const last = ranking.locator('tbody tr').last();
	await expect(last).toHaveClass(/own/);
	await expect(last).toContainText('Nenner ist 0');
});
