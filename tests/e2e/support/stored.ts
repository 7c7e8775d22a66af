/**
 * What the browser has stored, read straight from IndexedDB (not through the app), for the tests of
 * two tabs and faults: every ring record with its summary and a SHA-256 of its data, so a test can say
 * "byte-identical to the state before" or "exactly as confirmed", and the users' rings as the app
 * sees them. Plus the steps these tests share: a ring opened from a package, an import confirmed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { completeRingData } from '../../../src/lib/ring/package/complete.ts';
import { emptyExtras } from '../../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../../src/lib/ring/package/zip.ts';
import type { Ring } from '../../../src/lib/ring/types.ts';
import { expect } from '../fixtures.ts';

export interface StoredRing {
	id: string;
	name: string;
	revision: number | null;
	values: number;
	periods: number[];
	groups: string[];
	profiles: string[];
	/** Finding statuses as `<authority> <rule> <status>`, sorted. */
	statuses: string[];
	/** The Datenstände' ids, oldest first. */
	releases: string[];
	/** The summary the ring list shows (null: none — never so after an atomic write). */
	summary: { values: number; revision: number | null } | null;
	/** SHA-256 of the stored ring data as JSON (the whole record but its id). */
	hash: string;
}

/** Every user ring stored in this browser profile (the demo left out), by name. */
export async function storedRings(page: Page): Promise<StoredRing[]> {
	const rings = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('vergleichsring');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const r = db.transaction(store).objectStore(store).getAll();
				r.onsuccess = () => resolve(r.result as T[]);
				r.onerror = () => reject(r.error);
			});
		type Rec = {
			id: string;
			revision?: number;
			data: {
				ring: { meta: { name: string; periods: number[] }; values: { value: Float64Array } };
				extras: {
					custom_peer_groups: { name: string }[];
					mapping_profiles: { name: string }[];
					finding_statuses: { authority_id: string; rule: string; status: string }[];
					releases: { id: string }[];
				};
			};
		};
		const records = await all<Rec>('rings');
		const summaries = new Map(
			(await all<{ id: string; values: number; revision?: number }>('summaries')).map((s) => [s.id, s])
		);
		db.close();
		const hex = (buffer: ArrayBuffer) =>
			[...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
		return Promise.all(
			records
				.filter((r) => r.id !== 'demo')
				.map(async (r) => {
					const summary = summaries.get(r.id);
					const json = new TextEncoder().encode(JSON.stringify(r.data));
					return {
						id: r.id,
						name: r.data.ring.meta.name,
						revision: r.revision ?? null,
						values: r.data.ring.values.value.length,
						periods: r.data.ring.meta.periods,
						groups: r.data.extras.custom_peer_groups.map((g) => g.name),
						profiles: r.data.extras.mapping_profiles.map((p) => p.name),
						statuses: r.data.extras.finding_statuses
							.map((f) => `${f.authority_id} ${f.rule} ${f.status}`)
							.sort(),
						releases: r.data.extras.releases.map((x) => x.id),
						summary: summary ? { values: summary.values, revision: summary.revision ?? null } : null,
						hash: hex(await crypto.subtle.digest('SHA-256', json))
					};
				})
		);
	});
	return rings.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The one stored ring named `name`; its summary must agree with it (no half-written state). */
export async function storedRing(page: Page, name: string): Promise<StoredRing> {
	const found = (await storedRings(page)).filter((r) => r.name === name);
	expect(found, `stored rings named ${name}`).toHaveLength(1);
	const ring = found[0]!;
	expect(ring.summary).toEqual({ values: ring.values, revision: ring.revision });
	return ring;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'stored-e2e-'));

/** The demo ring's files as a ring package of a user ring named `name` (8,060 values, 2021–2024). */
export function demoPackage(name: string, ring: Ring): string {
	const file = path.join(tmp, `${name}.zip`);
	writeFileSync(
		file,
		exportRingZip(
			completeRingData({ ring: { ...ring, meta: { ...ring.meta, name } }, extras: emptyExtras() })
		)
	);
	return file;
}

/** Open a ring package on „Ringe“: stored as a new ring and active. */
export async function openPackage(page: Page, file: string, name: string): Promise<void> {
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(file);
	await expect(page.getByTestId('rings-status')).toContainText(
		`Ringpaket „${name}“ geöffnet und gespeichert`
	);
}

/** An import file of two values for a new period (2025) of `authority`. */
export function twoValues(authority: string): { name: string; mimeType: string; buffer: Buffer } {
	const csv = `authority_id,period,count_id,value\n${authority},2025,population,90000\n${authority},2025,foreign_population,12000\n`;
	return { name: 'nachtrag-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
}

// The overview adds the view to its address (`?authority=…`).
const PAGES = {
	Übersicht: /\/(\?.*)?$/,
	Import: /\/import(\?.*)?$/,
	Ringe: /\/ringe(\?.*)?$/,
	Moderation: /\/moderation(\?.*)?$/
};

/**
 * Go to a page of the open app by its link in the main navigation, as a user does: the session and its
 * engine stay — a `goto` would load the app and start DuckDB again, which costs seconds on a busy
 * machine and is not what the tests are about.
 */
export async function follow(page: Page, link: keyof typeof PAGES): Promise<void> {
	const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
	await nav.getByRole('link', { name: link, exact: true }).click();
	await expect(page).toHaveURL(PAGES[link]);
}

/** Read `file` on the import page of the open app and check the result (not confirmed yet). */
export async function checkImport(
	page: Page,
	file: { name: string; mimeType: string; buffer: Buffer },
	ring: string
): Promise<void> {
	await follow(page, 'Import');
	await expect(page.getByTestId('ringbar')).toContainText(ring);
	await page.getByTestId('file-input').setInputFiles(file);
	await expect(page.getByTestId('result-summary')).toContainText('2 neue Werte');
	await page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' }).click();
	await expect(page.getByTestId('findings')).toContainText('Nach Bestätigung: 2 Werte neu');
}

export const CONFIRM = 'Import bestätigen und speichern';
