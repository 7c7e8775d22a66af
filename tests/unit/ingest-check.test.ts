import { describe, expect, it } from 'vitest';
import { runCheck, type ReadFile } from '../../src/lib/ingest/check.ts';
import { fixture, SPECS, utf8 } from '../fixtures/ingest/helpers.ts';

/** A fake file system: fixture paths, inline files, and errors like Node's. */
function files(extra: Record<string, Uint8Array> = {}): ReadFile {
	return (p) => {
		if (p in extra) return extra[p] as Uint8Array;
		if (p.startsWith('corpus/')) return fixture(p);
		throw Object.assign(new Error('nope'), { code: 'ENOENT' });
	};
}

describe('runCheck', () => {
	it('exit 0: one-line German summary, then warnings', async () => {
		const result = await runCheck(['corpus/office-cp1252.csv'], SPECS, files());
		expect(result.exitCode).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n')).toEqual([
			'corpus/office-cp1252.csv: importierbar – 11 Werte, 3 Behörden, Jahr 2023, 4 Grundzahlen (Breitformat, Trennzeichen „;“, Windows-1252, Zahlen deutsch (1.234,5)), 2 Warnungen.',
			'corpus/office-cp1252.csv:1:1: Warnung: Zeile über der Kopfzeile übersprungen (Titelzeile): „Ausländerbehörde Musterkreis – Grundzahlen 2023“.',
			'corpus/office-cp1252.csv:7:1: Warnung: Summenzeile „Summe“ wird nicht importiert.',
			''
		]);
	});

	it('exit 1: each problem as file:line:column: message, then a closing line', async () => {
		const result = await runCheck(['corpus/row-errors.csv'], SPECS, files());
		expect(result.exitCode).toBe(1);
		const out = result.stdout.trimEnd().split('\n');
		expect(out.slice(0, 5).map((l) => l.split(': ')[0])).toEqual([
			'corpus/row-errors.csv:2:4',
			'corpus/row-errors.csv:3:4',
			'corpus/row-errors.csv:4:2',
			'corpus/row-errors.csv:6:4',
			'corpus/row-errors.csv:7:3'
		]);
		expect(out[0]).toBe(
			'corpus/row-errors.csv:2:4: „-5“ ist negativ; visits ist eine Anzahl (ganze Zahl) ≥ 0.'
		);
		expect(out[5]).toBe('corpus/row-errors.csv: nicht importierbar – 5 Fehler, 0 Warnungen.');
	});

	it('exit 1 for an ambiguous number and for an empty file', async () => {
		expect((await runCheck(['corpus/ambiguous.csv'], SPECS, files())).exitCode).toBe(1);
		const empty = await runCheck(['e.csv'], SPECS, files({ 'e.csv': new Uint8Array() }));
		expect(empty.exitCode).toBe(1);
		expect(empty.stdout).toMatch(/^e\.csv:1:1: Die Datei ist leer/);
	});

	it('exit 2: binary garbage, missing file, bad arguments — message on stderr, no stack trace', async () => {
		const garbage = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 256);
		const bin = await runCheck(['g.csv'], SPECS, files({ 'g.csv': garbage }));
		expect(bin).toEqual({
			exitCode: 2,
			stdout: '',
			stderr: expect.stringMatching(/^g\.csv:1:1: Die Datei kann nicht gelesen werden/)
		});
		const missing = await runCheck(['nope.csv'], SPECS, files());
		expect(missing).toEqual({ exitCode: 2, stdout: '', stderr: 'nope.csv: Datei nicht gefunden.\n' });
		expect((await runCheck([], SPECS, files())).exitCode).toBe(2);
		expect((await runCheck(['a.csv', '--bogus'], SPECS, files())).stderr).toMatch(/Unbekannte Option/);
		const throwing: ReadFile = () => {
			throw new TypeError('boom');
		};
		const odd = await runCheck(['x.csv'], SPECS, throwing);
		expect(odd.exitCode).toBe(2);
		expect(odd.stderr).not.toMatch(/TypeError|at /);
	});

	it('--mapping applies a profile; a broken profile is exit 2', async () => {
		const withProfile = await runCheck(
			['corpus/vendor-export.csv', '--mapping', 'corpus/vendor-profile.json'],
			SPECS,
			files()
		);
		expect(withProfile.exitCode).toBe(0);
		expect(withProfile.stdout).toMatch(
			/4 Werte, 2 Behörden, Jahr 2023, 2 Grundzahlen .*Profil „Fachverfahren X, Jahresexport“/
		);
		const without = await runCheck(['corpus/vendor-export.csv'], SPECS, files());
		expect(without.exitCode).toBe(1);
		const broken = await runCheck(
			['corpus/vendor-export.csv', '--mapping=p.json'],
			SPECS,
			files({ 'p.json': utf8('{"format": "x"}') })
		);
		expect(broken.exitCode).toBe(2);
		expect(broken.stderr).toMatch(/^p\.json: Kein Mapping-Profil/);
	});
});
