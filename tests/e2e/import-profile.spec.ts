/**
 * Importing a mapping profile from a JSON file on the import page: the page has it checked in the
 * ingest worker, so the messages must be exactly those of `parseProfile` (German, field by field).
 */
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { parseProfile } from '../../src/lib/ingest/profile.ts';
import { expect, test } from './fixtures.ts';
import { word } from '../../src/lib/i18n/messages.ts';

const specs = loadCatalogue().base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
const count = specs[0]!.id;

const file = (name: string, value: unknown) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify(value))
});

test('a profile file is checked like parseProfile: refused with its messages, or stored', async ({
	page
}) => {
	await page.goto('./import');
	await expect(page.getByTestId('ringbar')).toBeVisible();
	const profiles = page.getByTestId('profiles');
	await profiles.locator('summary').click();
	const input = profiles.locator('input[type="file"]');

	const broken = {
		format: 'vergleichsring-mapping',
		version: 1,
		name: ' ',
		headers: { Jahr: 'period', Menge: 'keine_grundzahl' },
		period: 1900.5
	};
	const expected = parseProfile(JSON.stringify(broken), specs);
	expect(expected.ok).toBe(false);
	await input.setInputFiles(file('kaputt.json', broken));
	await expect(page.getByTestId('import-failure')).toHaveText(
		`kaputt.json: ${expected.ok ? '' : expected.messages.map((m) => word(m)).join(' ')}`
	);

	const good = {
		format: 'vergleichsring-mapping',
		version: 1,
		name: 'Vendor X',
		headers: { Gemeindeschlüssel: 'authority_id', Jahr: 'period', Menge: count }
	};
	await input.setInputFiles(file('gut.json', good));
	await expect(page.getByTestId('import-status')).toContainText('Mapping-Profil „Vendor X“ importiert');
	await expect(page.getByTestId('import-failure')).toHaveCount(0);
	await expect(profiles.locator('li')).toContainText(['Vendor X']);
});
