/**
 * One file on the import page (import/entry.ts): which of the worker's suggestions the mapping editor
 * starts with. A guess is preselected only when it is a confident one, and none in a foreign file.
 */
import { describe, expect, it } from 'vitest';
import { newEntry, PRESELECT_MIN, takeResult } from '../../src/lib/import/entry.ts';
import type { FileResult } from '../../src/lib/import/protocol.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { suggestMapping } from '../../src/lib/ingest/suggest.ts';
import { encodeValues } from '../../src/lib/ring/value-columns.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';

/** What the import worker sends for a file of this text. */
function workerResult(name: string, text: string): FileResult {
	const r = parseImportFile(name, new TextEncoder().encode(text), SPECS, { columnar: true });
	return {
		file: name,
		size: text.length,
		values: r.columns ?? encodeValues([]),
		problems: r.problems,
		detected: r.detected,
		preview: r.preview,
		problemRows: [],
		unreadable: r.unreadable,
		suggestions: r.detected ? suggestMapping(r.detected.headers, SPECS) : [],
		profile: null,
		seconds: 0,
		phases: {}
	};
}

function take(name: string, text: string) {
	const entry = newEntry(1, new File([text], name));
	const result = workerResult(name, text);
	takeResult(entry, result);
	return { entry, result };
}

describe('takeResult: the mapping the editor starts with', () => {
	it('preselects confident guesses of a vendor export, not weak ones', () => {
		const { entry, result } = take(
			'vendor.csv',
			'Kreisschlüssel;Jahr;Anzahl eAT-Bestellungen;Termine online;Bemerkung\n08111;2023;5;6;x\n'
		);
		const weak = result.suggestions.find((s) => s.header === 'Termine online')!;
		expect(weak.via).toBe('fuzzy');
		expect(weak.confidence).toBeLessThan(PRESELECT_MIN);
		expect(entry.targets).toEqual({
			Kreisschlüssel: 'authority_id',
			Jahr: 'period',
			'Anzahl eAT-Bestellungen': 'eat_orders',
			'Termine online': '',
			Bemerkung: ''
		});
		expect(entry.mappingOpen).toBe(true);
	});

	it('preselects no guess in a foreign file, and leaves its mapping closed', () => {
		const { entry, result } = take(
			'personal.csv',
			'Vorname;Straße;Kundenbefragung Rücklauf;Mitarbeiterbefragung 2019;Telefon Zentrale\nA;B;1;2;3\n'
		);
		expect(result.problems.map((p) => p.code)).toEqual(['foreign_file']);
		expect(result.suggestions.filter((s) => s.via === 'fuzzy').length).toBeGreaterThan(0);
		expect(Object.values(entry.targets).every((t) => t === '')).toBe(true);
		expect(entry.mappingOpen).toBe(false);
	});

	it('keeps what the user chose when the file is read again', () => {
		const text = 'Kreisschlüssel;Jahr;Termine online\n08111;2023;6\n';
		const entry = newEntry(1, new File([text], 'v.csv'));
		takeResult(entry, workerResult('v.csv', text));
		entry.targets['Termine online'] = 'appointments_booked';
		entry.edited['Termine online'] = true;
		takeResult(entry, workerResult('v.csv', text));
		expect(entry.targets['Termine online']).toBe('appointments_booked');
	});
});
