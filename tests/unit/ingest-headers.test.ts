import { describe, expect, it } from 'vitest';
import { indexSpecs, matchHeader, normaliseHeader, suggestTargets } from '../../src/lib/ingest/headers.ts';
import {
	buildProfile,
	headerSignature,
	parseProfile,
	profileRole,
	recogniseProfile
} from '../../src/lib/ingest/profile.ts';
import { suggestMapping } from '../../src/lib/ingest/suggest.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';

const index = indexSpecs(SPECS);

describe('count specs fixture', () => {
	it('has the 42 base counts of the catalogue with unique normalised labels', () => {
		expect(SPECS).toHaveLength(42);
		expect(new Set(SPECS.map((s) => normaliseHeader(s.label))).size).toBe(42);
	});
});

describe('matchHeader', () => {
	it.each([
		['visits', 'visits', 'id', 1],
		['  EAT_ORDERS ', 'eat_orders', 'id', 1],
		[
			'Eingegangene Anträge auf Aufenthaltstitel (Erteilung und Verlängerung)',
			'title_applications_received',
			'label',
			0.95
		],
		[
			'eingegangene antraege auf aufenthaltstitel erteilung und verlaengerung',
			'title_applications_received',
			'label',
			0.95
		],
		['Ausländische Einwohner im Zuständigkeitsbereich am 31.12. (AZR)', 'foreign_population', 'label', 0.95],
		['eAT-Bestellungen (eat_orders)', 'eat_orders', 'label_id', 1],
		['Ist-VZÄ gesamt\n[fte_total]', 'fte_total', 'label_id', 1],
		['fte_total – Ist-VZÄ gesamt (Jahresdurchschnitt)', 'fte_total', 'label_id', 1],
		['sick_days: Krankheitstage', 'sick_days', 'label_id', 1]
	])('%s → count %s', (header, countId, via, confidence) => {
		expect(matchHeader(header, index)).toEqual({ role: { kind: 'count', countId }, via, confidence });
	});

	it.each([
		['Gemeindeschlüssel', 'authority_id'],
		['Kreisschlüssel', 'authority_id'],
		['AGS', 'authority_id'],
		['Behörde', 'authority_id'],
		['Gemeindeschlüssel (AGS)', 'authority_id'],
		['Jahr', 'period'],
		['Erhebungsjahr', 'period'],
		['Stichtag', 'period'],
		['Kennzahl', 'count_id'],
		['Grundzahl', 'count_id'],
		['Wert', 'value'],
		['Anzahl', 'value']
	])('%s → %s', (header, kind) => {
		expect(matchHeader(header, index).role).toEqual({ kind });
	});

	it('leaves vendor headers unknown but suggests the right count', () => {
		expect(matchHeader('Anzahl eAT-Bestellungen', index).role.kind).toBe('unknown');
		const [best] = suggestTargets('Anzahl eAT-Bestellungen', index);
		expect(best?.target).toBe('eat_orders');
		expect(best?.confidence).toBeGreaterThan(0.5);
		expect(best?.confidence).toBeLessThan(0.95);
		expect(suggestTargets('Anzahl Vorsprachen', index)[0]?.target).toBe('visits');
		expect(suggestTargets('Krankheitstage gesamt', index)[0]?.target).toBe('sick_days');
	});
});

describe('suggestMapping', () => {
	it('gives every header a target and a confidence', () => {
		const s = suggestMapping(
			['Kreisschlüssel', 'Jahr', 'visits', 'Anzahl eAT-Bestellungen', 'Bemerkung xyz'],
			SPECS
		);
		expect(s.map((x) => [x.target, x.confidence, x.via])).toEqual([
			['authority_id', 1, 'synonym'],
			['period', 1, 'synonym'],
			['visits', 1, 'id'],
			['eat_orders', expect.any(Number), 'fuzzy'],
			[null, 0, 'none']
		]);
	});
});

describe('a column that names the authority', () => {
	it('is its name (ignored), never a second key beside the key column', () => {
		const s = suggestMapping(['Gemeindeschlüssel', 'Behörde', 'Name', 'Jahr', 'visits'], SPECS);
		expect(s.map((x) => [x.header, x.target, x.via])).toEqual([
			['Gemeindeschlüssel', 'authority_id', 'synonym'],
			['Behörde', 'ignore', 'name'],
			['Name', 'ignore', 'name'],
			['Jahr', 'period', 'synonym'],
			['visits', 'visits', 'id']
		]);
		const r = parseImportFile(
			'n.csv',
			new TextEncoder().encode('AGS;Behörde;Name der Behörde;Jahr;visits\n01001;Kiel;Stadt Kiel;2023;5\n'),
			SPECS
		);
		expect(r.problems).toEqual([]);
		expect(r.detected?.columns.map((c) => c.role.kind)).toEqual([
			'authority_id',
			'ignore',
			'ignore',
			'period',
			'count'
		]);
		expect(r.values.map((v) => `${v.authority_id} ${v.count_id}=${v.value}`)).toEqual(['01001 visits=5']);
	});

	it('"Behörde" alone stays the key column; "Name" alone is no key', () => {
		expect(suggestMapping(['Behörde', 'Name', 'Jahr'], SPECS).map((x) => x.target)).toEqual([
			'authority_id',
			'ignore',
			'period'
		]);
		const r = parseImportFile('n.csv', new TextEncoder().encode('Name;Jahr;visits\nKiel;2023;5\n'), SPECS);
		expect(r.problems.map((p) => p.code)).toEqual(['missing_authority_column']);
	});

	it("a profile's own mapping wins: mapped twice as the key, the second is reported", () => {
		const profile = buildProfile('Zwei Schlüssel', ['AGS', 'Behörde', 'Jahr', 'visits'], {
			AGS: 'authority_id',
			Behörde: 'authority_id',
			Jahr: 'period',
			visits: 'visits'
		});
		const r = parseImportFile(
			'n.csv',
			new TextEncoder().encode('AGS;Behörde;Jahr;visits\n01001;Kiel;2023;5\n'),
			SPECS,
			{ profile }
		);
		expect(r.problems.map((p) => `${p.code} ${p.column}`)).toEqual(['duplicate_column 2']);
	});
});

describe('a foreign file (clearly no base-count export)', () => {
	const read = (text: string) => parseImportFile('x.csv', new TextEncoder().encode(text), SPECS);

	it('gets one summary message instead of one error per column', () => {
		const r = read('Vorname;Nachname;Straße;PLZ;Ort;Telefon\nAnna;B;C;24103;Kiel;0431\n');
		expect(r.problems.map((p) => `${p.code} ${p.line}:${p.column}`)).toEqual(['foreign_file 1:1']);
		expect(r.problems[0]?.message).toMatch(/nicht nach einem Export von Grundzahlen.*6 von 6 Spalten/);
		expect(r.values).toEqual([]);
	});

	it('a vendor export with its key columns is not foreign: each unknown column is reported, with a suggestion', () => {
		const r = read(
			'Kreisschlüssel;Jahr;Anzahl eAT-Bestellungen;Anzahl Vorsprachen;Bemerkung\n08111;2023;5;6;x\n'
		);
		expect(r.problems.map((p) => `${p.code} ${p.column}`)).toEqual([
			'no_counts 1',
			'unknown_column 3',
			'unknown_column 4',
			'unknown_column 5'
		]);
	});
});

describe('mapping profiles', () => {
	const headers = ['Kreisschlüssel', 'Jahr', 'Anzahl eAT-Bestellungen', 'Bemerkung'];
	const profile = buildProfile('Vendor X', headers, {
		Kreisschlüssel: 'authority_id',
		Jahr: 'period',
		'Anzahl eAT-Bestellungen': 'eat_orders'
	});

	it('builds a valid profile that round-trips through JSON', () => {
		expect(profile.headers).toEqual({
			Kreisschlüssel: 'authority_id',
			Jahr: 'period',
			'Anzahl eAT-Bestellungen': 'eat_orders',
			Bemerkung: 'ignore'
		});
		expect(parseProfile(JSON.stringify(profile), SPECS)).toEqual({ ok: true, profile });
	});

	it('rejects broken profiles with German messages', () => {
		expect(parseProfile('{', SPECS)).toEqual({
			ok: false,
			messages: [expect.stringMatching(/keine gültige JSON/)]
		});
		const wrongTarget = { ...profile, headers: { Jahr: 'jahr_id' } };
		expect(parseProfile(JSON.stringify(wrongTarget), SPECS)).toEqual({
			ok: false,
			messages: [expect.stringMatching(/unbekannten Grundzahl „jahr_id“/)]
		});
		expect(parseProfile(JSON.stringify({ ...profile, version: 2 }), SPECS).ok).toBe(false);
		expect(parseProfile(JSON.stringify({ ...profile, format: 'x' }), SPECS).ok).toBe(false);
	});

	it('signature ignores case, umlaut spelling, spaces and trailing empty columns, not order', () => {
		const sig = headerSignature(headers);
		expect(sig).toMatch(/^h1-4-[0-9a-f]{8}$/);
		expect(
			headerSignature(['KREISSCHLUESSEL', ' jahr ', 'anzahl eat bestellungen', 'Bemerkung', '', ''])
		).toBe(sig);
		expect(headerSignature(['Jahr', 'Kreisschlüssel', 'Anzahl eAT-Bestellungen', 'Bemerkung'])).not.toBe(sig);
	});

	it('is recognised from a header row, by signature or by covering all headers', () => {
		expect(recogniseProfile(headers, [profile])).toBe(profile);
		const unsigned = { ...profile, signature: undefined };
		expect(recogniseProfile([...headers].reverse(), [unsigned])).toBe(unsigned);
		expect(recogniseProfile(['Kreisschlüssel', 'Jahr', 'Neue Spalte'], [unsigned])).toBeNull();
	});

	it('resolves headers exactly, then normalised, and never through Object.prototype', () => {
		expect(profileRole('kreisschluessel', profile)).toEqual({ kind: 'authority_id' });
		expect(profileRole('Anzahl eAT-Bestellungen', profile)).toEqual({ kind: 'count', countId: 'eat_orders' });
		expect(profileRole('constructor', profile)).toBeNull();
	});
});
