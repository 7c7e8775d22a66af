import { word } from '../../src/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/ingest/decode.ts';
import { cp1252, utf16, utf8 } from '../fixtures/ingest/helpers.ts';

const GERMAN = 'Behörde;Größe;Kosten\n„Süd“ – Straße;12,5;100 €\n';

describe('decodeBytes', () => {
	it('reads UTF-8 without BOM', () => {
		expect(decodeBytes(utf8(GERMAN))).toEqual({ ok: true, text: GERMAN, encoding: 'utf-8', bom: false });
	});

	it('reads UTF-8 with BOM and removes it', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(GERMAN)]);
		expect(decodeBytes(bytes)).toEqual({ ok: true, text: GERMAN, encoding: 'utf-8', bom: true });
	});

	it('reads UTF-16 LE and BE with BOM', () => {
		expect(decodeBytes(utf16(GERMAN, 'le'))).toEqual({
			ok: true,
			text: GERMAN,
			encoding: 'utf-16le',
			bom: true
		});
		expect(decodeBytes(utf16(GERMAN, 'be'))).toEqual({
			ok: true,
			text: GERMAN,
			encoding: 'utf-16be',
			bom: true
		});
	});

	it('recognises UTF-16 LE without BOM by its NUL pattern', () => {
		expect(decodeBytes(utf16('authority_id;period\n01001;2023\n', 'le', false))).toMatchObject({
			ok: true,
			encoding: 'utf-16le',
			bom: false
		});
	});

	it('falls back to Windows-1252, not Latin-1 (€ „ “ – come out right)', () => {
		const result = decodeBytes(cp1252(GERMAN));
		expect(result).toEqual({ ok: true, text: GERMAN, encoding: 'windows-1252', bom: false });
	});

	it('refuses binary garbage with a German message', () => {
		let seed = 42;
		const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
		const result = decodeBytes(bytes);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(word(result.message)).toMatch(/kann nicht gelesen werden/);
	});

	it('refuses a NUL byte inside otherwise readable text', () => {
		expect(decodeBytes(utf8('a;b\n1;\u00002\n')).ok).toBe(false);
	});

	it('refuses a NUL byte far beyond the first 4 KB, in UTF-8 and Windows-1252 alike', () => {
		const rows = 'a;b\n' + '1;2\n'.repeat(5000);
		for (const bytes of [utf8(`${rows}1;\u00002\n`), cp1252(`Größe;${rows}1;\u00002\n`)]) {
			const result = decodeBytes(bytes);
			expect(result).toMatchObject({ ok: false, code: 'binary' });
		}
	});

	it('names Excel workbooks instead of decoding them', () => {
		const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
		const result = decodeBytes(xlsx);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(word(result.message)).toMatch(/Excel/);
	});
});
