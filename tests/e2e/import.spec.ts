/**
 * The import page in Chromium, on the production build: German office files (Windows-1252, `;`,
 * decimal commas, title and sum rows), XLSX, mapping with saved and exported profiles, problems with
 * file:line:column highlighted in the preview, conflicts with the ring, unknown authorities,
 * plausibility before confirming, the atomic save, the template round trip, a 50 MB file with
 * progress and cancel, and a file beyond the size limit.
 */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { formatUnit } from '../../src/lib/format/index.ts';
import { writeXlsx } from '../../src/lib/zip/xlsx-write.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import type { RingData } from '../../src/lib/ring/package/types.ts';
import { cp1252 } from '../fixtures/ingest/helpers.ts';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { demoReference } from './support/expected.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';

const specs = loadCatalogue().base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
const tmp = mkdtempSync(path.join(tmpdir(), 'import-e2e-'));

async function openImport(page: Page): Promise<void> {
	await page.goto('./import');
	await expect(page.getByTestId('ringbar')).toBeVisible();
}

/** The active ring as stored in the browser: exported from the rings page and read back in Node. */
async function storedRing(page: Page): Promise<RingData> {
	await page.goto('./ringe');
	const row = page.locator('tr.active[data-ring-id]');
	await expect(row).toHaveCount(1);
	const downloading = page.waitForEvent('download');
	await row.getByRole('button', { name: /Ringpaket exportieren/ }).click();
	const bytes = new Uint8Array(readFileSync((await (await downloading).path())!));
	const opened = await openRingZip(bytes, specs, { name: 'export' });
	expect(opened.problems.filter((p) => p.severity === 'error')).toEqual([]);
	return opened.data!;
}

async function upload(page: Page, files: { name: string; bytes: Uint8Array }[] | string[]): Promise<void> {
	const input = page.getByTestId('file-input');
	if (typeof files[0] === 'string') await input.setInputFiles(files as string[]);
	else
		await input.setInputFiles(
			(files as { name: string; bytes: Uint8Array }[]).map((f) => ({
				name: f.name,
				mimeType: 'application/octet-stream',
				buffer: Buffer.from(f.bytes)
			}))
		);
}

test('a Windows-1252 office export with title and sum rows: detected, checked, confirmed, shown on the dashboard', async ({
	page
}) => {
	const bytes = cp1252(
		[
			'Ausländerbehörde Flensburg – Grundzahlen 2025;;;;',
			'Gemeindeschlüssel;Stichtag;Einwohner am 31.12.;Ausländische Einwohner im Zuständigkeitsbereich am 31.12. (AZR);Ist-VZÄ gesamt (Jahresdurchschnitt)',
			'01001;31.12.2025;95.500;20.123;22,65',
			'Summe;;95.500;20.123;22,65',
			';;;;',
			''
		].join('\r\n')
	);
	await openImport(page);
	await upload(page, [{ name: 'flensburg-2025.csv', bytes }]);
	const file = page.getByTestId('file-0');
	await expect(file.getByTestId('file-summary')).toHaveText('Importierbar: 3 Werte aus 1 Zeilen.');
	const detected = file.getByTestId('detected');
	await expect(detected.getByLabel('Zeichenkodierung')).toHaveValue('windows-1252');
	await expect(detected.getByLabel('Trennzeichen')).toHaveValue(';');
	await expect(detected.getByLabel('Kopfzeile in Zeile')).toHaveValue('2');
	await expect(detected).toContainText('Zahlenformat (erkannt: deutsch (1.234,5))');
	await expect(detected).toContainText('1 Titelzeile(n) übersprungen');
	await expect(detected).toContainText('1 Summenzeile(n) nicht importiert');
	await expect(file.getByTestId('layout')).toContainText('Breitformat');
	// Umlauts decoded: the header appears as written.
	await expect(file.getByTestId('preview')).toContainText('Gemeindeschlüssel');

	await expect(page.getByTestId('result-summary')).toContainText('3 neue Werte, 0 unverändert, 0 Konflikte');
	await page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' }).click();
	await expect(page.getByTestId('findings')).toContainText('Nach Bestätigung: 3 Werte neu, 0 ersetzt');
	await expect(page.getByTestId('findings')).toContainText('Demo-Ring');
	await page.getByRole('button', { name: 'Import bestätigen und speichern' }).click();
	await expect(page.getByTestId('import-status')).toContainText(
		'Import gespeichert: 3 neue und 0 ersetzte Werte'
	);
	await expect(page.getByTestId('import-status')).toContainText('neuer Ring');

	// Stored (IndexedDB, a new ring beside the demo), exact values, provenance back to the cell.
	const stored = await storedRing(page);
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(2);
	const got = (c: string) =>
		decodeValues(stored.ring.values).find(
			(v) => v.authority_id === '01001' && v.period === 2025 && v.count_id === c
		);
	expect(got('population')).toEqual({
		authority_id: '01001',
		period: 2025,
		count_id: 'population',
		value: 95500,
		source: { file: 'flensburg-2025.csv', line: 3, column: 3 }
	});
	expect(got('foreign_population')?.value).toBe(20123);
	expect(got('fte_total')?.value).toBe(22.65);
	expect(stored.ring.meta.periods).toContain(2025);
});

test('every invalid cell is listed as file:line:column and marked in the preview; nothing can be confirmed', async ({
	page
}) => {
	await openImport(page);
	await upload(page, [path.resolve('tests/fixtures/ingest/corpus/row-errors.csv')]);
	const file = page.getByTestId('file-0');
	await expect(file.getByTestId('file-summary')).toContainText('Nicht importierbar');
	const problems = file.getByTestId('problems');
	await expect(problems).toContainText('row-errors.csv:2:4');
	await expect(problems).toContainText('„-5“ ist negativ');
	await expect(problems).toContainText('row-errors.csv:3:4');
	await expect(problems).toContainText('keine ganze Zahl');
	await expect(problems).toContainText('row-errors.csv:4:2');
	await expect(problems).toContainText('row-errors.csv:7:3');
	await expect(problems).toContainText('Unbekannte Grundzahl „Einwohnerzahl“');
	await expect(file.locator('[data-cell="2:4"]')).toHaveClass(/error/);
	await expect(file.locator('[data-cell="7:3"]')).toHaveClass(/error/);
	await expect(file.locator('[data-cell="8:4"]')).not.toHaveClass(/error/);
	await expect(page.getByTestId('not-ready')).toContainText('Fehler in den Dateien');
	await expect(page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' })).toBeDisabled();

	// Ambiguous numbers: an error until the number format is set, then the value is exact.
	await upload(page, [path.resolve('tests/fixtures/ingest/corpus/ambiguous.csv')]);
	const second = page.getByTestId('file-1');
	await expect(second.getByTestId('problems')).toContainText('ambiguous.csv:2:4');
	await expect(second.getByTestId('problems')).toContainText('mehrdeutig');
	await second
		.getByTestId('detected')
		.getByLabel(/Zahlenformat/)
		.selectOption('de');
	await expect(second.getByTestId('file-summary')).toHaveText('Importierbar: 4 Werte aus 2 Zeilen.');

	expect(await axe(page, { include: 'main', allRules: true })).toEqual([]);
});

test('broken files: empty, binary garbage, a ZIP that is no workbook, beyond the size limit', async ({
	page
}) => {
	const big = path.join(tmp, 'riesig.csv');
	writeFileSync(big, 'authority_id;period;visits\n');
	truncateSync(big, 201 * 1024 * 1024);
	await openImport(page);
	const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
	await upload(page, [
		{ name: 'leer.csv', bytes: new Uint8Array() },
		{ name: 'kaputt.csv', bytes: garbage },
		{ name: 'archiv.xlsx', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }
	]);
	await expect(page.getByTestId('file-0').getByTestId('problems')).toContainText(
		'leer.csv:1:1: Die Datei ist leer'
	);
	await expect(page.getByTestId('file-1').getByTestId('problems')).toContainText('kann nicht gelesen werden');
	await expect(page.getByTestId('file-2').getByTestId('problems')).toContainText('beschädigt');
	await upload(page, [big]);
	await expect(page.getByTestId('file-3').getByTestId('problems')).toContainText('höchstens 200 MB je Datei');
});

test('mapping a vendor export, saving it as a profile, applied automatically next time, exported as JSON', async ({
	page
}) => {
	const ref = await demoReference();
	const stuttgart = (c: string) =>
		decodeValues(ref.ring.values).find(
			(v) => v.authority_id === '08111' && v.period === 2023 && v.count_id === c
		)!.value;
	const csv = [
		'Kreisschlüssel;Jahr;Anzahl eAT-Bestellungen;Anzahl Vorsprachen;Bemerkung',
		`08111;2023;${stuttgart('eat_orders') + 1000};${stuttgart('visits')};geprüft`,
		''
	].join('\n');
	const file = { name: 'okvisa-2023.csv', bytes: new TextEncoder().encode(csv) };
	await openImport(page);
	await upload(page, [file]);
	const card = page.getByTestId('file-0');
	await expect(card.getByTestId('problems')).toContainText('Unbekannte Spalte „Anzahl eAT-Bestellungen“');
	const mapping = card.getByTestId('mapping');
	await expect(mapping).toBeVisible();
	await expect(mapping.getByRole('row', { name: /Anzahl eAT-Bestellungen/ })).toContainText('Vorschlag');
	await mapping.getByLabel('Bedeutung von „Anzahl eAT-Bestellungen“').selectOption('eat_orders');
	await mapping.getByLabel('Bedeutung von „Anzahl Vorsprachen“').selectOption('visits');
	await mapping.getByLabel('Bedeutung von „Bemerkung“').selectOption('ignore');
	await card.getByRole('button', { name: 'Zuordnung anwenden' }).click();
	await expect(card.getByTestId('file-summary')).toHaveText('Importierbar: 2 Werte aus 1 Zeilen.');
	await card.getByLabel('Name des Profils').fill('OK.VISA Jahresstatistik');
	await card.getByRole('button', { name: 'Als Profil speichern' }).click();
	await expect(page.getByTestId('import-status')).toContainText('Mapping-Profil „OK.VISA Jahresstatistik“');

	// Next time: the same headers → the profile applies by itself.
	await card.getByRole('button', { name: 'Datei entfernen' }).click();
	await upload(page, [file]);
	const again = page.getByTestId('file-0');
	await expect(again.getByTestId('applied-profile')).toHaveText(
		'Profil „OK.VISA Jahresstatistik“ angewendet'
	);
	await expect(again.getByTestId('file-summary')).toHaveText('Importierbar: 2 Werte aus 1 Zeilen.');

	// Conflict with the ring: one value differs, shown side by side; take the file's value.
	await expect(page.getByTestId('result-summary')).toContainText('0 neue Werte, 1 unverändert, 1 Konflikte');
	const conflicts = page.getByTestId('conflicts');
	await expect(conflicts).toContainText(formatUnit(stuttgart('eat_orders'), '', { decimals: 0 }));
	await expect(conflicts).toContainText(formatUnit(stuttgart('eat_orders') + 1000, '', { decimals: 0 }));
	await conflicts.getByLabel(/Entscheidung für 08111, 2023, eat_orders/).selectOption('replace');
	await page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' }).click();
	await expect(page.getByTestId('findings')).toContainText('0 Werte neu, 1 ersetzt, 0 Ringwerte behalten');
	await page.getByRole('button', { name: 'Import bestätigen und speichern' }).click();
	await expect(page.getByTestId('import-status')).toContainText(
		'Import gespeichert: 0 neue und 1 ersetzte Werte'
	);

	// The profile travels as JSON.
	await page.getByTestId('profiles').locator('summary').click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Als JSON exportieren' }).click();
	const json = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
	expect(json).toMatchObject({
		format: 'vergleichsring-mapping',
		name: 'OK.VISA Jahresstatistik',
		headers: {
			Kreisschlüssel: 'authority_id',
			Jahr: 'period',
			'Anzahl eAT-Bestellungen': 'eat_orders',
			'Anzahl Vorsprachen': 'visits',
			Bemerkung: 'ignore'
		}
	});
});

test('unknown authorities are listed and can be added to the ring; XLSX and the template read back', async ({
	page
}) => {
	await openImport(page);
	await page.locator('details.tools summary').first().click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Vorlage als Excel (.xlsx)' }).click();
	const template = new Uint8Array(readFileSync((await (await downloading).path())!));
	const back = parseImportFile('vorlage.xlsx', template, specs);
	expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
	expect(back.detected).toMatchObject({ format: 'xlsx', layout: 'wide', dataRows: 48 });

	const header = back.detected!.headers;
	const xlsx = writeXlsx({
		name: 'Grundzahlen',
		rows: [
			header,
			['09999', 2025, 1512491, 420000, ...header.slice(4).map(() => null)],
			['01001', 2025, 95500, ...header.slice(3).map(() => null)]
		]
	});
	await upload(page, [{ name: 'muenchen.xlsx', bytes: xlsx }]);
	const card = page.getByTestId('file-0');
	await expect(card.getByTestId('file-summary')).toHaveText('Importierbar: 3 Werte aus 2 Zeilen.');
	await expect(card.getByTestId('detected')).toContainText('Excel-Arbeitsmappe, Blatt „Grundzahlen“');
	const unknown = page.getByTestId('unknown-authorities');
	await expect(unknown).toContainText('muenchen.xlsx:2:3');
	await expect(unknown).toContainText('Unbekannte Behörde „09999“');
	await expect(page.getByTestId('not-ready')).toContainText('1 unbekannte Behörde');
	await unknown.getByLabel('zum Ring hinzufügen').check();
	await unknown.getByLabel('Name', { exact: true }).fill('Musterstadt');
	await unknown.getByRole('combobox', { name: 'Art', exact: true }).selectOption('kreisfreie_stadt');
	await unknown.getByRole('combobox', { name: 'Land', exact: true }).selectOption('BY');
	await page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' }).click();
	await expect(page.getByTestId('findings')).toContainText('3 Werte neu');
	await page.getByRole('button', { name: 'Import bestätigen und speichern' }).click();
	await expect(page.getByTestId('import-status')).toContainText('Import gespeichert: 3 neue');
	await expect(page.getByTestId('ringbar')).toContainText('49 Mitglieder');
	const stored = await storedRing(page);
	expect(stored.ring.authorities.find((a) => a.authority_id === '09999')).toEqual({
		authority_id: '09999',
		name: 'Musterstadt',
		kind: 'kreisfreie_stadt',
		state: 'BY'
	});
	expect(
		decodeValues(stored.ring.values)
			.filter((v) => v.period === 2025)
			.map((v) => [v.authority_id, v.count_id, v.value, v.source?.line, v.source?.column])
			.sort()
	).toEqual([
		['01001', 'population', 95500, 3, 3],
		['09999', 'foreign_population', 420000, 2, 4],
		['09999', 'population', 1512491, 2, 3]
	]);
});

/** A German long-layout office export of about `mb` MB (like the 50 MB unit test). */
function bigCsv(mb: number): { file: string; rows: number } {
	const parts = ['Vergleichsring – Export aus dem Fachverfahren\n', 'Gemeindeschlüssel;Jahr;Kennzahl;Wert\n'];
	let size = 0;
	let rows = 0;
	const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	for (let a = 0; size < mb * 1024 * 1024; a++)
		for (let period = 2015; period < 2025; period++)
			for (const [c, spec] of specs.entries()) {
				const v = (a * 7919 + period * 31 + c * 104_729) % 2_000_000;
				const value =
					spec.kind === 'fte' || spec.kind === 'eur'
						? `${grouped(Math.floor(v / 100))},${v % 100}`
						: grouped(v);
				const row = `${String(1_001_000 + a).padStart(8, '0')};31.12.${period};${spec.id};${value}\n`;
				parts.push(row);
				size += row.length;
				rows++;
			}
	parts.push('Summe;;;\n');
	const file = path.join(tmp, `gross-${mb}.csv`);
	writeFileSync(file, parts.join(''));
	return { file, rows };
}

test('a 50 MB file is read in the worker with a progress bar; the page stays responsive; cancel stops it', async ({
	page
}) => {
	test.setTimeout(180_000);
	const { file, rows } = bigCsv(50);
	await openImport(page);
	const start = Date.now();
	await upload(page, [file]);
	await expect(page.getByTestId('progress').locator('progress')).toBeVisible();
	// Responsive while parsing: the page answers to script and input.
	expect(await page.evaluate(() => 1 + 1)).toBe(2);
	await expect(page.getByTestId('file-0').getByTestId('file-summary')).toContainText('Importierbar:', {
		timeout: 120_000
	});
	const seconds = (Date.now() - start) / 1000;
	console.log(`import page: ${rows} rows, 50 MB in ${seconds.toFixed(2)} s (incl. upload and rendering)`);
	// The generated authorities are not ring members: listed, and can be left out all at once.
	await expect(page.getByTestId('not-ready')).toContainText('unbekannte Behörde');
	await page.getByRole('button', { name: 'Alle unbekannten Behörden auslassen' }).click();
	await expect(page.getByTestId('not-ready')).toHaveCount(0);
	await expect(page.getByTestId('import-status')).toContainText(
		`${formatUnit(rows, '', { decimals: 0 })} Werte`
	);

	await page.getByTestId('file-0').getByRole('button', { name: 'Datei entfernen' }).click();
	await upload(page, [file]);
	await expect(page.getByTestId('progress')).toBeVisible();
	await page.getByRole('button', { name: 'Abbrechen' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('Import abgebrochen.');
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.getByTestId('file-0')).toHaveCount(0);
});
