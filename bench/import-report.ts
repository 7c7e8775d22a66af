/**
 * The import's part of the report: its targets (import-files.ts — file input → result painted in
 * Chromium, and no long task on the page for the largest file) and its rows, with DuckDB's
 * `read_csv` and papaparse on the same file beside them as information.
 *
 * Why a module of its own: `npm run bench -- --only import` measures and reports the import alone
 * (bench/results/import.{md,json}), with the same targets and rows as the full report.
 */
import type { BrowserImportFigure } from './import-browser.ts';
import type { ImportFigure } from './node.ts';
import type { TargetResult } from './report.ts';
import { formatMs, formatRatio, formatSummary, ratio, type Summary } from './stats.ts';

/** Adds a table row: name, figure, floor (name and figure) and their ratio. */
export type AddRow = (
	name: string,
	s: Summary | null | undefined,
	floorName?: string,
	f?: Summary | null
) => void;

const longTaskText = (imp: BrowserImportFigure) =>
	imp.longTasks.perRun.every((n) => n === 0)
		? 'no long task'
		: `long tasks per run ${imp.longTasks.perRun.join('/')}, longest ${formatMs(imp.longTasks.longest)}`;

export function importTargets(browser: BrowserImportFigure[] | null): TargetResult[] {
	if (!browser?.length)
		return [
			{
				id: 'import-chromium',
				target: 'import: 50 kB < 100 ms, 5 MB < 400 ms, 50 MB < 4 s without a long task (Chromium)',
				measured: 'not measured',
				pass: null,
				why: 'no import figures from Chromium'
			}
		];
	return browser.map((imp) => {
		const fast = imp.app.median < imp.targetMs;
		const smooth = !imp.noLongTask || imp.longTasks.perRun.every((n) => n === 0);
		const phases = Object.entries(imp.workerPhases)
			.map(([k, v]) => `${k} ${formatMs(v)}`)
			.join(', ');
		return {
			id: `import-${imp.id}-chromium`,
			target: `import ${imp.id} (${imp.what}) < ${formatMs(imp.targetMs)}${imp.noLongTask ? ' without a long task on the page' : ''} (Chromium)`,
			measured: `${formatMs(imp.app.median)}; ${longTaskText(imp)}; DuckDB read_csv ${formatRatio(ratio(imp.app.median, imp.duckdb.median))} (information)`,
			pass: fast && smooth,
			why:
				fast && smooth
					? ''
					: `worker ${formatMs(imp.worker.median)} (${phases}), values taken into the page after ${formatMs(imp.appRead.median)}, result shown after ${formatMs(imp.app.median)}; ${longTaskText(imp)}`
		};
	});
}

export function importRows(
	browser: BrowserImportFigure[] | null,
	node: ImportFigure[],
	add: AddRow,
	text: (cells: string[]) => void
): void {
	for (const i of browser ?? []) {
		add(
			`import ${i.id} CSV (${i.rows} rows, ${i.what}): import page, file input → result shown (Chromium)`,
			i.app,
			'DuckDB File → registerFileBuffer + read_csv',
			i.duckdb
		);
		add(`  same: the page's read (worker + values into the page)`, i.appRead, 'same floor', i.duckdb);
		add(`  same: the worker alone`, i.worker, 'DuckDB read_csv alone', i.duckdbReadCsv);
		text([`  same: long tasks on the page (> 50 ms)`, longTaskText(i), '–', '–', String(i.app.n)]);
		add(
			`  same file: papaparse bare parse (File → text → rows)`,
			i.papaparse,
			'DuckDB File → registerFileBuffer + read_csv',
			i.duckdb
		);
	}
	for (const i of node) {
		add(
			`import ${i.id} CSV (${i.rows} rows): parseImportFile (Node)`,
			i.core,
			'DuckDB registerFile + read_csv',
			i.duckdb
		);
		add(
			`  same file: papaparse bare parse (incl. decode)`,
			i.papaparse,
			'DuckDB registerFile + read_csv',
			i.duckdb
		);
	}
}

/** The report of `--only import`: the import's rows and targets alone. */
export function renderImportMarkdown(
	heading: string,
	browser: BrowserImportFigure[] | null,
	node: ImportFigure[],
	notes: string[]
): string {
	const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const lines = [
		heading,
		'',
		'Figures: median of n runs (min–max); ratio = figure ÷ floor (information).',
		''
	];
	lines.push(row(['measure', 'figure', 'floor', 'ratio', 'n']), row(['---', '---', '---', '---', '---']));
	importRows(
		browser,
		node,
		(name, s, floorName, f) =>
			s &&
			lines.push(
				row([
					name,
					formatSummary(s),
					f ? `${floorName}: ${formatSummary(f)}` : '–',
					f ? formatRatio(ratio(s.median, f.median)) : '–',
					String(s.n)
				])
			),
		(cells) => lines.push(row(cells))
	);
	lines.push('', row(['target', 'measured', 'result']), row(['---', '---', '---']));
	for (const t of importTargets(browser))
		lines.push(
			row([t.target, t.measured, t.pass === null ? 'NOT JUDGED' : t.pass ? 'PASS' : `**MISS** — ${t.why}`])
		);
	if (notes.length) lines.push('', 'Notes:', '', ...notes.map((n) => `- ${n}`));
	return lines.join('\n') + '\n';
}
