/**
 * The moderation page's funnel plot of the whole ring (issue #27), on the demo ring: the moderator
 * picks a proportion KPI and a period; chart, table and the list of flagged members equal the CLI's
 * `funnel` (no --peers: the whole ring) for the same period — Kiel 2023's fehlerhaft phone
 * reachability left out —, the screen names members (`name (id)`), the CSV, Excel file and SVG name them only by
 * the ring's stored pseudonyms, and axe finds nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { formatInteger, formatUnit } from '../../src/lib/format/index.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { displayNamer } from '../../src/lib/ring/pseudonyms.ts';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { DEMO_RING_DIR } from './support/expected.ts';

const KIEL = '01002';
// The first paint waits for DuckDB in the page: on the shared 2-core machine that takes long.
const LOAD = { timeout: 90_000 };
test.setTimeout(240_000);

const pct = (v: string) => formatUnit(Number(v), '%');
const flagText = (f: string) =>
	f === 'alarm' ? 'deutlich auffällig' : f === 'alert' ? 'auffällig' : 'unauffällig';

function cli(...args: string[]): Record<string, string>[] {
	const r = spawnSync(process.execPath, ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
	expect(r.status, r.stderr).toBe(0);
	const [header, ...lines] = r.stdout.trimEnd().split('\n');
	const cols = header!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

async function downloadText(page: Page, button: Locator): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return (await readFile((await download.path())!)).toString('utf8');
}

/** The demo ring's members: name on screen, pseudonym in downloads, and patterns that find a name in text. */
async function demoMembers() {
	const catalogue = loadCatalogue();
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const data = (await readRingFromPath(DEMO_RING_DIR, specs)).data!;
	const pseudonym = displayNamer(data, undefined, 'Behörde');
	const byId = new Map(data.ring.authorities.map((a) => [a.authority_id, a.name]));
	// „Kiel, Landeshauptstadt“ is found as „Kiel“ too; a whole word, so „Hof“ is not found in „Hofe“.
	const patterns = data.ring.authorities.map(
		(a) => new RegExp(`(?<!\\p{L})${a.name.split(',')[0]!.replace(/[()]/g, '\\$&')}(?!\\p{L})`, 'u')
	);
	return { screen: (id: string) => `${byId.get(id)} (${id})`, pseudonym, patterns };
}

async function openFunnel(page: Page, period: string, kpi: string): Promise<Locator> {
	await page.goto('./moderation');
	const section = page.getByTestId('ring-funnel');
	await expect(section).toBeVisible(LOAD);
	await page.getByTestId('mod-period').selectOption(period);
	await section.getByTestId('ring-funnel-kpi').selectOption(kpi);
	await expect(section).toHaveAttribute('data-period', period);
	await expect(section).toHaveAttribute('data-kpi', kpi);
	await expect(section).toHaveAttribute('data-state', 'ready', LOAD);
	return section;
}

test('2023 phone reachability: chart, table and flagged list equal the CLI for the whole ring; downloads by pseudonym', async ({
	page
}) => {
	const members = await demoMembers();
	const rows = cli(
		'funnel',
		'--ring',
		'data-samples/demo-ring',
		'--period',
		'2023',
		'--kpi',
		'phone_reachability'
	);
	expect(rows.length).toBeGreaterThan(10);
	expect(rows.some((r) => r.authority_id === KIEL)).toBe(false); // Kiel 2023 is fehlerhaft
	const flagged = rows.filter((r) => r.flag);
	expect(flagged.length).toBeGreaterThan(0);

	const section = await openFunnel(page, '2023', 'phone_reachability');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText(
		'Auffällige Werte im Ring (Trichterdiagramm) 2023'
	);
	const funnel = section.locator('[data-chart="funnel"]');
	await expect(funnel.getByRole('heading', { level: 3 })).toHaveText(
		'Trichterdiagramm: Telefonische Erreichbarkeit nach Fallzahl (2023)'
	);
	await funnel.scrollIntoViewIfNeeded();
	await expect(funnel.locator('.plot svg')).toHaveCount(1);
	await expect(funnel.locator('g.target-line line')).toHaveCount(1);
	await expect(funnel.locator('g.limit-95 path')).toHaveCount(2);
	await expect(funnel.locator('g.limit-998 path')).toHaveCount(2);
	// One dot per member, no own diamond (the moderator has none); flagged ones labelled by name where
	// the name fits (most of the ring is flagged here: all of them are in the list below and the table).
	await expect(funnel.locator('g.peer-dot > *, g.alert-dot > *, g.alarm-dot > *')).toHaveCount(rows.length);
	await expect(funnel.locator('g.alarm-dot > *')).toHaveCount(rows.filter((r) => r.flag === 'alarm').length);
	const labels = funnel.locator('g.flag-label text');
	const names = flagged.map((r) => members.screen(r.authority_id!));
	const written = await labels.allTextContents();
	expect(written.length).toBeGreaterThan(0);
	expect(written.filter((name) => !names.includes(name))).toEqual([]);
	// No name covers another, as drawn.
	const boxes = await labels.evaluateAll((texts) =>
		texts.map((t) => {
			const r = t.getBoundingClientRect();
			return [r.left, r.top, r.right, r.bottom] as const;
		})
	);
	const covered = boxes.flatMap((a, i) =>
		boxes
			.slice(i + 1)
			.filter((b) => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5)
			.map(() => written[i])
	);
	expect(covered).toEqual([]);
	await expect(funnel).toContainText(`Zielwert ${pct(rows[0]!.target!)}`);

	// Beside the chart: the flagged members by name, alarm first.
	const list = section.getByTestId('funnel-flagged');
	await expect(list.getByRole('heading', { level: 4 })).toHaveText(`Auffällig im Ring (${flagged.length})`);
	const items = await list.locator('li').allInnerTexts();
	expect(items.length).toBe(flagged.length);
	const byItem = items.map((text) =>
		flagged.find((r) => text.startsWith(`${members.screen(r.authority_id!)}:`))
	);
	expect(byItem.every(Boolean)).toBe(true);
	expect(new Set(byItem).size).toBe(flagged.length);
	const alarms = byItem.filter((r) => r!.flag === 'alarm').length;
	expect(byItem.slice(0, alarms).every((r) => r!.flag === 'alarm')).toBe(true);
	items.forEach((text, i) => {
		const r = byItem[i]!;
		expect(text).toContain(`${flagText(r.flag!)}, `);
		expect(text).toContain(`(${pct(r.value!)}, n\u00a0=\u00a0${formatInteger(Number(r.n))})`);
	});

	// Downloads: every member by pseudonym, the CLI's numbers unrounded.
	const csv = await downloadText(page, funnel.locator('[data-download="csv"]'));
	const svg = await downloadText(page, funnel.locator('[data-download="svg"]'));
	const [xlsxDownload] = await Promise.all([
		page.waitForEvent('download'),
		funnel.locator('[data-download="xlsx"]').click()
	]);
	const xlsx = Object.values(unzipSync(new Uint8Array(await readFile((await xlsxDownload.path())!))))
		.map((bytes) => strFromU8(bytes))
		.join('\n');
	expect(xlsx).toContain(members.pseudonym(rows[0]!.authority_id!));
	for (const p of members.patterns) {
		expect(csv, String(p)).not.toMatch(p);
		expect(svg, String(p)).not.toMatch(p);
		expect(xlsx, String(p)).not.toMatch(p);
	}
	// German Excel's CSV: `;` between cells, decimal comma (format/csv.ts `spreadsheetCsv`).
	const lines = csv
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter(Boolean);
	const header = lines.findIndex((l) => l.startsWith('Behörde;'));
	expect(header).toBeGreaterThanOrEqual(0);
	const body = lines.slice(header + 1).map((l) => l.split(';'));
	expect(body.map((cells) => cells[0])).toEqual(rows.map((r) => members.pseudonym(r.authority_id!)));
	body.forEach((cells, i) => {
		const r = rows[i]!;
		const numbers = [r.value, r.n, r.target, r.low95, r.high95, r.low998, r.high998].map(Number);
		cells.slice(1, 8).forEach((c, j) => expect(Number(c.replace(',', '.'))).toBeCloseTo(numbers[j]!, 9));
		expect(cells[8]).toBe(flagText(r.flag!));
	});
	// Every flagged member by pseudonym: as its label where it fits, always in its point's description.
	for (const r of flagged) expect(svg).toContain(`aria-label="${members.pseudonym(r.authority_id!)}: `);

	// The table: every member by name, the CLI's figures as the page formats them.
	await funnel.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
	const table = await funnel
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
		);
	expect(table).toEqual(
		rows.map((r) => [
			members.screen(r.authority_id!),
			pct(r.value!),
			formatInteger(Number(r.n)),
			pct(r.target!),
			pct(r.low95!),
			pct(r.high95!),
			pct(r.low998!),
			pct(r.high998!),
			flagText(r.flag!)
		])
	);
	expect(await axe(page, { include: '[data-testid="ring-funnel"]' })).toEqual([]);
});

test('switching the KPI and the period redraws the funnel; axe finds nothing on the chart', async ({
	page
}) => {
	const rows = cli(
		'funnel',
		'--ring',
		'data-samples/demo-ring',
		'--period',
		'2024',
		'--kpi',
		'customer_satisfaction'
	);
	const section = await openFunnel(page, '2024', 'customer_satisfaction');
	const funnel = section.locator('[data-chart="funnel"]');
	await expect(funnel.getByRole('heading', { level: 3 })).toHaveText(
		'Trichterdiagramm: Kundenzufriedenheit nach Fallzahl (2024)'
	);
	await funnel.scrollIntoViewIfNeeded();
	await expect(funnel.locator('g.peer-dot > *, g.alert-dot > *, g.alarm-dot > *')).toHaveCount(rows.length);
	await expect(funnel).toContainText(`Zielwert ${pct(rows[0]!.target!)}`);
	await expect(section.getByTestId('funnel-flagged').locator('li')).toHaveCount(
		rows.filter((r) => r.flag).length
	);
	expect(await axe(page, { include: '[data-testid="ring-funnel"]' })).toEqual([]);
});
