/**
 * How much a zip may make us inflate, for each kind of zip the app opens — and why these figures.
 *
 * Measured on the largest real ring we plan for, the seeded stress ring of 5,000 authorities × 10
 * periods (bench/rings.ts), exported with every value's provenance (a source file name per value):
 * the package is 25.7 MB, it has 4 entries, and they inflate to 244 MB — base values 82 MB (ratio
 * 6.6:1), provenance 161 MB (12.2:1), authorities 0.3 MB (9.3:1). Without provenance it is 12.5 MB
 * zipped and 83 MB inflated. An XLSX sheet as the template writer makes it inflates at 12.2:1
 * (200,000 rows: 4 MB → 49 MB); the same ring as one workbook in the wide layout (50,000 rows of 44
 * cells — its long layout, 2.1 million rows, does not fit an Excel sheet) is about 67 MB of sheet XML.
 *
 * - `maxTotal`: the sum of the wanted entries' sizes. Ring packages 384 MiB, 1.6× the stress ring
 *   (format 2's statuses, notes, agendas and report texts are small beside the values). XLSX 96 MiB:
 *   the stress ring's wide sheet with 40 % to spare. Not more, because the XLSX reader holds the
 *   sheet as text and every cell as an object — about 7 bytes of memory per byte of XML (200,000
 *   rows: 49 MB of XML, 477 MiB peak in Node) — and the import worker shares the page's process with
 *   DuckDB; a larger sheet is refused with the advice to save it as CSV, which has no such cost.
 * - `maxEntries`: the whole central directory (judged before anything is inflated). A ring package
 *   has ring.json, authorities.csv, provenance.csv, the format-2 files and its counts files — one per
 *   period, or per period and base count when a moderator splits them by hand (10 × 42 = 420) — plus
 *   folder entries and the `__MACOSX` twins a Mac adds: 2,000 leaves room and reads in well under a
 *   second even when every entry is a counts file. A workbook has a few parts per sheet (sheet,
 *   relations, drawing, comments, printer settings); 10,000 is a workbook of over a thousand sheets —
 *   and only five of its parts are ever inflated.
 * - `maxRatio`: inflated ÷ compressed, checked from the directory and again while inflating. Real
 *   files reach 6–13:1 (above); 100:1 is eight times that, while a zip bomb's deflate runs at up to
 *   1,032:1. Below `ratioGrace` (1 MiB inflated) the ratio is not judged: a tiny file of repeated
 *   text (an empty sheet, a one-line strings table) may compress far better and is harmless.
 * With these limits any zip is judged or stopped after at most `maxTotal` inflated bytes — in
 * practice a bomb stops after the first 16 KiB slice that exceeds the ratio (≤ 16 MB inflated).
 */

export type ZipKind = 'ring' | 'xlsx';

export interface ZipLimits {
	/** What the zip is meant to be: words the messages ("Ringpaket", "Excel-Arbeitsmappe"). */
	kind: ZipKind;
	maxEntries: number;
	/** Bytes, summed over the inflated entries. */
	maxTotal: number;
	maxRatio: number;
	/** Entries (or a partial inflate) below this many bytes are not judged by their ratio. */
	ratioGrace: number;
}

const MiB = 1024 * 1024;

export const RING_PACKAGE_LIMITS: ZipLimits = {
	kind: 'ring',
	maxEntries: 2_000,
	maxTotal: 384 * MiB,
	maxRatio: 100,
	ratioGrace: MiB
};

export const XLSX_LIMITS: ZipLimits = {
	kind: 'xlsx',
	maxEntries: 10_000,
	maxTotal: 96 * MiB,
	maxRatio: 100,
	ratioGrace: MiB
};
