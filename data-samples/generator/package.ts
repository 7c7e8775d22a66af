/**
 * A Ring as the files of a ring package (docs/ring-format.md, format 2), as strings: pure, so tests can
 * compare a fresh rendering with the committed files byte for byte; only generate-demo.ts writes them.
 *
 * The counts files are laid out like authorities' deliveries (wide per year, one long file) to show the
 * reader at work; the format-2 parts (pseudonym map, Datenstände) are written by the app's own part
 * writers, so the demo holds exactly what the app would write.
 * Canonical CSV: UTF-8 without BOM, comma, `.` decimal, no thousands separator, `\n`, header row,
 * empty cell = missing. Numbers are written in plain decimal notation (shortest round trip).
 */
import { toPlainDecimal } from '../../src/lib/format/plain.ts';
import { pseudonymsPart } from '../../src/lib/ring/package/parts/pseudonyms.ts';
import { releasesPart } from '../../src/lib/ring/package/parts/releases.ts';
import type { RingExtras } from '../../src/lib/ring/package/types.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { COUNT_IDS, type CountId } from './catalogue.ts';

export interface PackageLayout {
	/** Wide files, one per period: `counts/<prefix>-<period>.csv` with every id not in `long`. */
	widePrefix: string;
	/** Ids delivered in one long-layout file `counts/<longName>.csv` (all periods) instead. */
	long?: { name: string; ids: readonly CountId[] };
}

export function csvCell(text: string): string {
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** ring.json with the keys in the documented order, tab-indented like the rest of the repository. */
export function renderRingJson(ring: Ring, extras: Pick<RingExtras, 'releases'>): string {
	const m = ring.meta;
	const releases = releasesPart.write(extras.releases, ring).json?.releases;
	const lines = [
		`\t"format_version": ${m.format_version}`,
		`\t"name": ${JSON.stringify(m.name)}`,
		`\t"description": ${JSON.stringify(m.description)}`,
		`\t"periods": [${m.periods.join(', ')}]`,
		`\t"disclosure": ${JSON.stringify(m.disclosure)}`,
		`\t"synthetic": ${m.synthetic}`,
		`\t"releases": ${JSON.stringify(releases, null, '\t').replace(/\n/g, '\n\t')}`
	];
	return `{\n${lines.join(',\n')}\n}\n`;
}

/** All files of the package, keyed by path relative to the ring folder, in sorted key order. */
export function renderRingPackage(
	ring: Ring,
	layout: PackageLayout,
	extras: Pick<RingExtras, 'pseudonyms' | 'releases'>
): Record<string, string> {
	const longIds = new Set<CountId>(layout.long?.ids ?? []);
	const wideIds = COUNT_IDS.filter((id) => !longIds.has(id));
	const authorities = [...ring.authorities].sort((a, b) => a.authority_id.localeCompare(b.authority_id));
	const lookup = new Map<string, number>();
	const v = ring.values;
	for (let i = 0; i < v.value.length; i++)
		lookup.set(`${v.authorities[v.authority[i]!]}|${v.period[i]}|${v.counts[v.count[i]!]}`, v.value[i]!);
	const value = (id: string, period: number, count: CountId) => lookup.get(`${id}|${period}|${count}`);

	const files: Record<string, string> = {};
	files['authorities.csv'] = csv([
		['authority_id', 'name', 'kind', 'state'],
		...authorities.map((a) => [a.authority_id, a.name, a.kind, a.state])
	]);
	for (const period of ring.meta.periods) {
		const rows = authorities.map((a) => [
			a.authority_id,
			String(period),
			...wideIds.map((id) => toPlainDecimal(value(a.authority_id, period, id)))
		]);
		files[`counts/${layout.widePrefix}-${period}.csv`] = csv([
			['authority_id', 'period', ...wideIds],
			...rows
		]);
	}
	if (layout.long) {
		const rows: string[][] = [];
		for (const a of authorities) {
			for (const period of ring.meta.periods) {
				for (const id of layout.long.ids) {
					const v = value(a.authority_id, period, id);
					if (v !== undefined) rows.push([a.authority_id, String(period), id, toPlainDecimal(v)]);
				}
			}
		}
		files[`counts/${layout.long.name}.csv`] = csv([['authority_id', 'period', 'count_id', 'value'], ...rows]);
	}
	const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
	for (const file of [
		...(pseudonymsPart.write(extras.pseudonyms, ring).files ?? []),
		...(releasesPart.write(extras.releases, ring).files ?? [])
	])
		files[file.path] = decode(file.bytes);
	files['ring.json'] = renderRingJson(ring, extras);
	return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
