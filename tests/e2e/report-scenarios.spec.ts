/**
 * The council report's hypothetical section on /bericht (issue #28), in Chromium against the
 * production build: a scenario saved on „Was wäre wenn“ (the demo ring has none: saved with a copy)
 * is offered for the report of its authority and year, and once chosen the preview has the section —
 * marked as hypothetical, its KPIs with the figures an engine in Node computes for the changed counts
 * against the unchanged peers —, the PDF from the page's worker carries it, no other member is named,
 * and axe stays clean.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { fmt } from '../../src/lib/dashboard/labels.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import type { StatsRow } from '../../src/lib/engine/stats.ts';
import { readPdf, squash } from '../fixtures/report.ts';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { demoReference } from './support/expected.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';

const [OWN, PERIOD] = ['01001', 2024];
const NAME = 'Zwei Stellen mehr';
const LOAD = { timeout: 90_000 };
const catalogue = loadCatalogue();

/** What an engine in Node says for Flensburg 2024 with +2 FTE and +10 % answered calls, against its size group. */
async function expected(): Promise<{ actual: Map<string, StatsRow>; scenario: Map<string, StatsRow> }> {
	const ref = await demoReference();
	const { group, rows } = await ref.engine.stats(OWN, PERIOD, { type: 'size' });
	const own = (id: string) =>
		decodeValues(ref.ring.values).find(
			(v) => v.authority_id === OWN && v.period === PERIOD && v.count_id === id
		)!.value;
	const changed = new Map([
		['fte_case_officers', own('fte_case_officers') + 2],
		['calls_answered', Math.round(own('calls_answered') * 1.1)]
	]);
	const conn = await openNodeConnector();
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing({
			...ref.ring,
			values: encodeValues(
				decodeValues(ref.ring.values).map((v) =>
					v.authority_id === OWN && v.period === PERIOD && changed.has(v.count_id)
						? { ...v, value: changed.get(v.count_id)! }
						: v
				)
			)
		});
		const scenario = await engine.stats(OWN, PERIOD, {
			type: 'custom',
			name: 'size',
			members: group.members
		});
		return {
			actual: new Map(rows.map((r) => [r.kpi_id, r])),
			scenario: new Map(scenario.rows.map((r) => [r.kpi_id, r]))
		};
	} finally {
		await conn.close();
	}
}

async function saveScenario(page: Page): Promise<void> {
	await page.goto(
		`./szenario?authority=${OWN}&period=${PERIOD}&peers=size&changes=fte_case_officers:%2B2,calls_answered:%2B10%25`
	);
	await expect(page.getByRole('heading', { name: 'Grundzahlen ändern' })).toBeVisible(LOAD);
	await expect(page.getByTestId('scenario-view')).toHaveAttribute('aria-busy', 'false', LOAD);
	await page.getByLabel('Name des Szenarios').fill(NAME);
	await page.getByLabel('Beschreibung (optional)').fill('Zwei VZÄ mehr, 10 % mehr Anrufe angenommen.');
	await page.getByRole('button', { name: 'Mit dem Ring speichern' }).click();
	await expect(page.getByTestId('scenario-save-status')).toContainText('Kopie des Demo-Rings', LOAD);
}

test('a saved scenario goes into the report as its hypothetical section: preview and PDF', async ({
	page
}) => {
	test.setTimeout(360_000);
	const reference = expected();
	await saveScenario(page);
	await page.goto(`./bericht?authority=${OWN}&period=${PERIOD}&peers=size`);
	const preview = page.getByTestId('report-preview');
	await expect(preview).toHaveAttribute('aria-busy', 'false', LOAD);
	await expect(preview).not.toContainText('Hypothetische Szenarien');

	const choice = page.getByTestId('report-scenarios');
	await expect(choice).toContainText('Gespeicherte Szenarien von Flensburg, Stadt für 2024');
	await choice.getByLabel(`${NAME} (2 Änderungen)`).check();
	const section = preview.getByRole('heading', { name: 'Hypothetische Szenarien' });
	await expect(section).toBeVisible(LOAD);
	await expect(preview.getByRole('heading', { name: `Szenario „${NAME}“ (hypothetisch)` })).toBeVisible();
	await expect(
		preview.getByRole('note').filter({ hasText: 'Hypothetisch – keine echten Daten.' })
	).toBeVisible();
	await expect(preview).toContainText('Beschreibung: Zwei VZÄ mehr, 10 % mehr Anrufe angenommen.');

	// The KPIs that change, with the engine's figures for the changed counts against the unchanged group.
	const { actual, scenario } = await reference;
	const changed = catalogue.kpis.filter((k) => {
		const [a, s] = [actual.get(k.id)!, scenario.get(k.id)!];
		return a.own_value !== s.own_value || a.position !== s.position || a.rank !== s.rank;
	});
	expect(changed.map((k) => k.id)).toEqual(
		expect.arrayContaining(['decisions_per_fte', 'phone_reachability'])
	);
	const table = preview.getByRole('table', { name: /\(hypothetisch\) – Kennzahlen, die sich ändern$/ });
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
		);
	expect(rows.map((r) => r.slice(0, 3))).toEqual(
		changed.map((k) => [
			k.label,
			fmt(actual.get(k.id)!.own_value, k.unit),
			fmt(scenario.get(k.id)!.own_value, k.unit)
		])
	);
	const counts = preview.getByRole('table', { name: /\(hypothetisch\) – geänderte Grundzahlen$/ });
	await expect(counts.locator('tbody tr')).toHaveCount(2);

	// Only the own authority is named, in the section as everywhere in the report.
	const ref = await demoReference();
	const text = await preview.innerText();
	for (const a of ref.ring.authorities.filter((x) => x.authority_id !== OWN)) {
		const core = a.name.split(',')[0]!.trim();
		expect(text.includes(core) && !'Flensburg, Stadt'.includes(core), core).toBe(false);
	}
	expect(await axe(page)).toEqual([]);

	// The PDF from the page's worker: one field and no charts keep it short; the section is in it.
	const fields = page.getByRole('group', { name: 'Zielfelder im Bericht' }).getByRole('checkbox');
	for (const box of await fields.all()) await box.uncheck();
	await fields.first().check();
	await page
		.getByRole('group', { name: 'Kennzahlen mit Rangfolge und Zeitreihe' })
		.getByRole('button', { name: 'keine' })
		.click();
	const download = page.waitForEvent('download', { timeout: 240_000 });
	await page.getByTestId('report-pdf').click();
	const pdf = await readPdf(new Uint8Array(readFileSync((await (await download).path())!)));
	const pdfText = squash(pdf.pages.join(' '));
	expect(pdfText).toContain('Hypothetische Szenarien');
	expect(pdfText).toContain(`Szenario „${NAME}“ (hypothetisch)`);
	expect(pdfText).toContain('Hypothetisch – keine echten Daten.');
	const decisions = changed.find((k) => k.id === 'decisions_per_fte')!;
	expect(pdfText).toContain(squash(fmt(scenario.get(decisions.id)!.own_value, decisions.unit)));
	expect(pdf.outline?.map((o) => o.title)).toContain('Hypothetische Szenarien');
});
