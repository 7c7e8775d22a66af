/**
 * The speed yardstick of the issue, measured in Chromium on the production build: a 1M-row German
 * office CSV (long layout, `;`, `1.234.567` and `1.234,56`) through the import worker, and DuckDB-WASM's
 * `read_csv` (explicit column types, decimal_separator/thousands) on the same file in the same page
 * (`/import?messen`). Prints both; the README records the numbers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { expect, test } from './fixtures.ts';

const specs = loadCatalogue().base_counts.map((b) => ({ id: b.id, kind: b.kind }));

function germanCsv(rows: number): string {
	const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	const parts = ['Gemeindeschlüssel;Jahr;Kennzahl;Wert\n'];
	for (let i = 0; i < rows; i++) {
		const spec = specs[i % specs.length]!;
		const a = Math.floor(i / (specs.length * 10));
		const period = 2015 + (Math.floor(i / specs.length) % 10);
		const v = (i * 7919) % 20_000_000;
		const value =
			spec.kind === 'fte' || spec.kind === 'eur' ? `${grouped(Math.floor(v / 100))},${v % 100}` : grouped(v);
		parts.push(`${String(1_001_000 + a).padStart(8, '0')};31.12.${period};${spec.id};${value}\n`);
	}
	return parts.join('');
}

test('1M rows: the import against DuckDB read_csv on the same file', async ({ page }) => {
	test.setTimeout(240_000);
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-speed-')), 'grundzahlen-1m.csv');
	const text = germanCsv(1_000_000);
	writeFileSync(file, text);
	const mb = Buffer.byteLength(text) / 1e6;
	await page.goto('./import?messen');
	await expect(page.getByTestId('ringbar')).toBeVisible();
	await page.getByTestId('file-input').setInputFiles(file);
	const card = page.getByTestId('file-0');
	await expect(card.getByTestId('file-summary')).toContainText('Importierbar: 1.000.000 Werte', {
		timeout: 120_000
	});
	const status = await page.getByTestId('import-status').textContent();
	// Each side twice (the first run of either includes warming up); the best of each is compared.
	const runs: string[] = [];
	for (let i = 0; i < 2; i++) {
		if (i > 0) {
			await card.getByRole('button', { name: 'Datei entfernen' }).click();
			await page.getByTestId('file-input').setInputFiles(file);
			await expect(card.getByTestId('file-summary')).toContainText('Importierbar: 1.000.000 Werte', {
				timeout: 120_000
			});
		}
		await card.getByRole('button', { name: 'Mit DuckDB read_csv vergleichen' }).click();
		await expect(card.getByTestId('measured')).toContainText('1.000.000 Zeilen', { timeout: 120_000 });
		runs.push((await card.getByTestId('measured').textContent()) ?? '');
	}
	console.log(`speed: ${mb.toFixed(1)} MB, 1M rows — page: ${status}\n  ${runs.join('\n  ')}`);
	const seconds = (s: string, re: RegExp) => Number((re.exec(s)?.[1] ?? 'NaN').replace(',', '.'));
	const duckdb = Math.min(...runs.map((r) => seconds(r, /read_csv: ([\d,]+) s/)));
	const ours = Math.min(...runs.map((r) => seconds(r, /Werte\): ([\d,]+) s/)));
	console.log(`speed: import ${ours} s, DuckDB read_csv ${duckdb} s, ratio ${(ours / duckdb).toFixed(2)}`);
	expect(duckdb).toBeGreaterThan(0);
	expect(ours).toBeGreaterThan(0);
});
