/**
 * Files of 4 MB and more are read by two workers on the import page (ingest/split.ts) on machines
 * with four cores or more (protocol.ts `helperPays`; the tests set the cores the page sees): the page
 * must show exactly what one pass over the file finds — the CLI `check`'s core, run here in Node on
 * the same bytes — every problem with its file:line:column and German message, and the same values.
 * One file is absorbed from the helper's part (errors in both halves, a key repeated within the
 * second half, a leading zero in both); in the other a key of the first half repeats in the second,
 * so the worker reads the rest itself. The page's read measure tells which path was taken.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { expect, test } from './fixtures.ts';
import { problemText } from '../../src/lib/i18n/problem-text.ts';

const specs = loadCatalogue().base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
const tmp = mkdtempSync(path.join(tmpdir(), 'import-split-'));

/**
 * About 6 MB (some 142,000 lines), long layout, German numbers; `edit(line, text)` may replace a data
 * line (1-based file lines). The split falls near line 71,000.
 */
function germanFile(edit: (line: number, text: string) => string): string {
	const lines = ['Gemeindeschlüssel;Jahr;Kennzahl;Wert'];
	let size = 0;
	for (let a = 0; size < 6_000_000; a++) {
		const authority = String(1_001_000 + a).padStart(8, '0');
		for (let period = 2015; period < 2025; period++)
			for (const spec of specs) {
				const v = (a * 7919 + period * 31) % 2_000_000;
				const value =
					spec.kind === 'fte' || spec.kind === 'eur' ? `${Math.floor(v / 100)},${v % 100}` : String(v);
				const text = edit(lines.length + 1, `${authority};${period};${spec.id};${value}`);
				lines.push(text);
				size += text.length + 1;
			}
	}
	return lines.join('\n') + '\n';
}

/** The read's phases as the page measured them (the worker reports a wait for the helper only when it absorbed its part). */
async function lastReadPhases(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() => {
		const m = performance.getEntriesByName('import:read', 'measure').at(-1) as PerformanceMeasure;
		return (m.detail as { phases: Record<string, number> }[])[0]!.phases;
	});
}

/** The number of cores the page sees (navigator.hardwareConcurrency), set before it loads. */
async function setCores(page: Page, cores: number): Promise<void> {
	await page.addInitScript((n) => {
		Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
	}, cores);
}

/** A file whose second half the helper reads and the worker absorbs (problems in both halves). */
function absorbableFile(): string {
	return germanFile((line, text) => {
		if (line === 10) return text.replace(/;[^;]*$/, ';x1'); // first half: not a number
		if (line === 20) return text.replace(/^0/, ''); // first half: a leading zero lost
		if (line === 100_000) return text.replace(/;[^;]*$/, ';-7'); // second half: negative
		if (line === 100_500) return text.replace(/^0/, ''); // second half: a leading zero lost
		if (line === 110_005) return `${text}\n${text}`; // the same key twice, both in the second half
		return text;
	});
}
const ABSORBABLE_CODES = ['invalid_number', 'leading_zero', 'negative', 'leading_zero', 'duplicate_value'];

async function expectSameAsOnePass(
	page: Page,
	name: string,
	text: string,
	codes: string[]
): Promise<Record<string, number>> {
	const file = path.join(tmp, name);
	writeFileSync(file, text);
	const expected = parseImportFile(name, new TextEncoder().encode(text), specs);
	expect(expected.problems.map((p) => p.code)).toEqual(codes);
	await page.goto('./import');
	await expect(page.getByTestId('ringbar')).toBeVisible();
	await page.getByTestId('file-input').setInputFiles(file);
	const card = page.getByTestId('file-0');
	const errors = expected.problems.filter((p) => p.severity === 'error').length;
	await expect(card.getByTestId('file-summary')).toHaveText(
		`Nicht importierbar: ${errors} Fehler, ${expected.problems.length - errors} Warnungen.`,
		{ timeout: 60_000 }
	);
	const shown = await card.getByTestId('problems').locator('li').allTextContents();
	expect(shown).toHaveLength(expected.problems.length);
	expected.problems.forEach((p, k) => {
		expect(shown[k]).toContain(`${p.file}:${p.line}:${p.column}:`);
		expect(shown[k]).toContain(problemText(p));
	});
	return lastReadPhases(page);
}

test('a large file read by two workers shows exactly the problems of one pass', async ({ page }) => {
	test.setTimeout(120_000);
	await setCores(page, 4);
	const phases = await expectSameAsOnePass(page, 'zwei-haelften.csv', absorbableFile(), ABSORBABLE_CODES);
	expect(phases).toHaveProperty('waitForHelper');
});

test('on two cores one worker reads the large file alone, with the same problems', async ({ page }) => {
	test.setTimeout(120_000);
	await setCores(page, 2);
	const phases = await expectSameAsOnePass(page, 'zwei-kerne.csv', absorbableFile(), ABSORBABLE_CODES);
	// The same file on four cores is absorbed from the helper (the test above): here it never was.
	expect(phases).not.toHaveProperty('waitForHelper');
});

test('a key of the first half repeated in the second: the worker reads the rest itself, same problems', async ({
	page
}) => {
	test.setTimeout(120_000);
	await setCores(page, 4);
	let repeated = '';
	const text = germanFile((line, t) => {
		if (line === 100) repeated = t;
		return line === 110_000 ? `${t}\n${repeated}` : t;
	});
	const phases = await expectSameAsOnePass(page, 'doppelt.csv', text, ['duplicate_value']);
	expect(phases).not.toHaveProperty('waitForHelper');
});
