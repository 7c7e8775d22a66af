/**
 * The import's benchmark files and their targets, sized to what the ring really imports (issue #13):
 * one authority's export is a few kB to 50 kB, a whole ring (550 authorities × 10 years × 42 base
 * counts) is about 5 MB, and 50 MB stands for a file far beyond any real one that must still not
 * freeze the page. The times run from the file input's change event to the result painted
 * (bench/import-browser.ts); DuckDB's `read_csv` on the same file is reported beside them as
 * information, not as a target.
 */

export interface ImportFileSpec {
	/** `50kB`, `5MB`, `50MB`: the id in results and report. */
	id: string;
	/** What the size stands for, for the report. */
	what: string;
	/** Size of the generated German CSV (decimal: 1 MB = 1,000,000 bytes). */
	bytes: number;
	/** Target: file input → result painted, median of the runs (ms, Chromium). */
	targetMs: number;
	/** Target: no long task (> 50 ms) on the page's main thread during the import. */
	noLongTask: boolean;
	/** Measured runs (full / --quick). */
	runs: number;
	quickRuns: number;
}

export const IMPORT_FILES: readonly ImportFileSpec[] = [
	{
		id: '50kB',
		what: 'one authority’s export',
		bytes: 50_000,
		targetMs: 100,
		noLongTask: false,
		runs: 9,
		quickRuns: 5
	},
	{
		id: '5MB',
		what: 'a whole ring (550 × 10 × 42)',
		bytes: 5_000_000,
		targetMs: 400,
		noLongTask: false,
		runs: 5,
		quickRuns: 3
	},
	{
		id: '50MB',
		what: 'ten times a whole ring',
		bytes: 50_000_000,
		targetMs: 4000,
		noLongTask: true,
		runs: 3,
		quickRuns: 2
	}
];

/** The files of `ids` (all when empty), in the order above. */
export function importFiles(ids: readonly string[] = []): ImportFileSpec[] {
	const unknown = ids.filter((id) => !IMPORT_FILES.some((f) => f.id === id));
	if (unknown.length)
		throw new Error(
			`unknown import size ${unknown.join(', ')} (known: ${IMPORT_FILES.map((f) => f.id).join(', ')})`
		);
	return IMPORT_FILES.filter((f) => ids.length === 0 || ids.includes(f.id));
}
