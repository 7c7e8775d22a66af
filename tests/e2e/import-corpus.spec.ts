/**
 * The import corpus (tests/fixtures/ingest/import-corpus.ts) through the import page in Chromium:
 * the importable files together → confirmed → stored with exactly their values and provenance; every
 * broken file → its expected `file:line:column: message` on the page, nothing importable.
 */
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { IMPORT_CORPUS } from '../fixtures/ingest/import-corpus.ts';
import { expect, test } from './fixtures.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';

const specs = loadCatalogue().base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
const good = IMPORT_CORPUS.filter((c) => c.exit === 0);
const bad = IMPORT_CORPUS.filter((c) => c.exit !== 0);
const files = (list: typeof IMPORT_CORPUS) =>
	list.map((c) => ({ name: c.name, mimeType: 'application/octet-stream', buffer: Buffer.from(c.bytes) }));

test('the importable corpus files import together with exactly their values', async ({ page }) => {
	await page.goto('./import');
	await expect(page.getByTestId('ringbar')).toBeVisible();
	await page.getByTestId('file-input').setInputFiles(files(good));
	for (const [i, c] of good.entries())
		await expect(page.getByTestId(`file-${i}`).getByTestId('file-summary')).toContainText(
			`Importierbar: ${c.values!.length} Werte`
		);
	const total = good.reduce((n, c) => n + c.values!.length, 0);
	await expect(page.getByTestId('result-summary')).toContainText(
		`${total} neue Werte, 0 unverändert, 0 Konflikte`
	);
	await page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' }).click();
	await page.getByRole('button', { name: 'Import bestätigen und speichern' }).click();
	await expect(page.getByTestId('import-status')).toContainText(`Import gespeichert: ${total} neue`);

	await page.goto('./ringe');
	const row = page.locator('tr.active[data-ring-id]');
	const downloading = page.waitForEvent('download');
	await row.getByRole('button', { name: /Ringpaket exportieren/ }).click();
	const zip = new Uint8Array(readFileSync((await (await downloading).path())!));
	const stored = (await openRingZip(zip, specs, { name: 'export' })).data!;
	for (const c of good) {
		const got = decodeValues(stored.ring.values)
			.filter((v) => v.source?.file === c.name)
			.map((v) => [v.authority_id, v.period, v.count_id, v.value]);
		expect(got.sort(), c.name).toEqual([...c.values!].sort());
	}
});

test('every broken corpus file shows its expected message and blocks the import', async ({ page }) => {
	await page.goto('./import');
	await expect(page.getByTestId('ringbar')).toBeVisible();
	await page.getByTestId('file-input').setInputFiles(files(bad));
	for (const [i, c] of bad.entries()) {
		const card = page.getByTestId(`file-${i}`);
		await expect(card.getByTestId('file-summary'), c.name).toContainText('Nicht importierbar');
		await expect(card.getByTestId('problems'), c.name).toContainText(c.message!);
	}
	await expect(page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' })).toBeDisabled();
});
