/**
 * A 50 MB office export must parse, completely and fast (formats.md: any input ends within seconds).
 * The file is generated here (German numbers with thousands separators and decimal commas, `;`,
 * long layout) so nothing large is committed. Prints the measured speed.
 */
import { describe, expect, it } from 'vitest';
import { isImportable, parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';

const TARGET_BYTES = 50 * 1024 * 1024;

/** 1234567 → "1.234.567" without Intl (fast). */
function grouped(n: number): string {
	const s = String(n);
	let out = '';
	for (let i = 0; i < s.length; i++) {
		if (i > 0 && (s.length - i) % 3 === 0) out += '.';
		out += s[i];
	}
	return out;
}

function generate(): { bytes: Uint8Array; rows: number } {
	const parts: string[] = [
		'Vergleichsring – Export aus dem Fachverfahren\n',
		'Gemeindeschlüssel;Jahr;Kennzahl;Wert\n'
	];
	let size = 0;
	let rows = 0;
	for (let a = 0; size < TARGET_BYTES; a++) {
		const authority = String(1_001_000 + a).padStart(8, '0');
		for (let period = 2015; period < 2025; period++)
			for (let c = 0; c < SPECS.length; c++) {
				const spec = SPECS[c]!;
				const v = (a * 7919 + period * 31 + c * 104_729) % 2_000_000;
				const value =
					spec.kind === 'fte' || spec.kind === 'eur'
						? `${grouped(Math.floor(v / 100))},${v % 100}`
						: grouped(v);
				const row = `${authority};31.12.${period};${spec.id};${value}\n`;
				parts.push(row);
				size += row.length;
				rows++;
			}
	}
	parts.push('Summe;;;\n');
	return { bytes: new TextEncoder().encode(parts.join('')), rows };
}

describe('a 50 MB file', () => {
	it('parses completely, with provenance, and reports its speed', { timeout: 120_000 }, () => {
		const { bytes, rows } = generate();
		expect(bytes.length).toBeGreaterThanOrEqual(TARGET_BYTES);
		const start = performance.now();
		const result = parseImportFile('gross.csv', bytes, SPECS);
		const seconds = (performance.now() - start) / 1000;
		console.log(
			`ingest: ${(bytes.length / 1e6).toFixed(1)} MB, ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds)} rows/s, ${(bytes.length / 1e6 / seconds).toFixed(1)} MB/s`
		);
		expect(result.problems.map((p) => p.code)).toEqual(['title_line', 'sum_row']);
		expect(isImportable(result)).toBe(true);
		expect(result.detected).toMatchObject({
			separator: ';',
			layout: 'long',
			numberFormat: 'de',
			headerLine: 2,
			dataRows: rows
		});
		expect(result.values).toHaveLength(rows);
		const last = result.values[rows - 1];
		expect(last?.source).toEqual({ file: 'gross.csv', line: rows + 2, column: 4 });
		expect(seconds).toBeLessThan(60);
	});
});
