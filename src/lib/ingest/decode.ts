/**
 * Bytes → text, with the encoding that was used.
 *
 * Office exports arrive as UTF-8 (with or without BOM, Excel writes one), UTF-16 with BOM
 * ("Unicode-Text" from Excel) or Windows-1252 (older case software, "CSV (Trennzeichen-getrennt)").
 * Order of the attempts: BOM → strict UTF-8 → UTF-16 without BOM (NUL-byte pattern) → Windows-1252.
 * Windows-1252 rather than ISO-8859-1 because they differ exactly in 0x80–0x9F (€ „ “ –), which
 * occur in German texts; ISO-8859-15 differs from it only in rare signs (¤ vs €) we accept.
 *
 * Things that are not text (NUL bytes, control characters, Excel/ZIP/PDF signatures) give a German
 * "cannot be read" message instead of a wall of replacement characters.
 */
import type { Message } from '../i18n/messages.ts';
import { m } from './problems.ts';
import type { EncodingName } from './types.ts';

export type DecodeResult =
	| { ok: true; text: string; encoding: EncodingName; bom: boolean }
	| { ok: false; message: Message; code: string };

const SIGNATURES: { bytes: number[]; message: Message }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], message: m('ingest.zip_not_csv') },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], message: m('ingest.xls') },
	{ bytes: [0x25, 0x50, 0x44, 0x46], message: m('ingest.pdf') },
	{ bytes: [0x1f, 0x8b], message: m('ingest.gzip') }
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
	return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/**
 * Share of NUL bytes at even and odd positions in the first 4 KB (UTF-16 without BOM shows one side
 * full of NULs). A NUL further on is not searched for here: a file decoded as UTF-8 or Windows-1252
 * has it as a character, which `textResult` rejects the same way.
 */
function nulPattern(bytes: Uint8Array): { even: number; odd: number; any: boolean } {
	const n = Math.min(bytes.length, 4096);
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i++) {
		if (bytes[i] !== 0) continue;
		if (i % 2 === 0) even++;
		else odd++;
	}
	const half = Math.max(1, n / 2);
	return { even: even / half, odd: odd / half, any: even + odd > 0 };
}

/** Control characters other than tab, CR, LF, FF in the text → most likely not a text file. */
function controlShare(text: string): number {
	const n = Math.min(text.length, 65536);
	if (n === 0) return 0;
	let bad = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
	}
	return bad / n;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | null {
	try {
		return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

const UNREADABLE = m('ingest.binary');

function textResult(text: string, encoding: EncodingName, bom: boolean): DecodeResult {
	if (text.includes('\u0000') || controlShare(text) > 0.01)
		return { ok: false, message: UNREADABLE, code: 'binary' };
	return { ok: true, text, encoding, bom };
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
	for (const sig of SIGNATURES) {
		if (startsWith(bytes, sig.bytes)) return { ok: false, message: sig.message, code: 'not_csv' };
	}
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		const text = decodeWith('utf-8', bytes.subarray(3), true);
		if (text === null)
			return {
				ok: false,
				code: 'bad_utf8',
				message: m('ingest.bad_utf8')
			};
		return textResult(text, 'utf-8', true);
	}
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		const text = decodeWith(encoding, bytes.subarray(2), true);
		if (text === null || bytes.length % 2 !== 0)
			return {
				ok: false,
				code: 'bad_utf16',
				message: m('ingest.bad_utf16')
			};
		return textResult(text, encoding, true);
	}
	const nul = nulPattern(bytes);
	if (nul.any) {
		// UTF-16 without BOM: in mostly-ASCII text one byte of every pair is NUL.
		if (nul.odd > 0.3 && nul.even < 0.02 && bytes.length % 2 === 0) {
			const text = decodeWith('utf-16le', bytes, true);
			if (text !== null) return textResult(text, 'utf-16le', false);
		}
		if (nul.even > 0.3 && nul.odd < 0.02 && bytes.length % 2 === 0) {
			const text = decodeWith('utf-16be', bytes, true);
			if (text !== null) return textResult(text, 'utf-16be', false);
		}
		return { ok: false, message: UNREADABLE, code: 'binary' };
	}
	const utf8 = decodeWith('utf-8', bytes, true);
	if (utf8 !== null) return textResult(utf8, 'utf-8', false);
	const cp1252 = decodeWith('windows-1252', bytes, false);
	if (cp1252 === null) return { ok: false, message: UNREADABLE, code: 'binary' };
	return textResult(cp1252, 'windows-1252', false);
}

/** Byte-order marks: the text of a file with one starts after it. */
export const BOMS: Readonly<Record<EncodingName, readonly number[]>> = {
	'utf-8': [0xef, 0xbb, 0xbf],
	'utf-16le': [0xff, 0xfe],
	'utf-16be': [0xfe, 0xff],
	'windows-1252': []
};

/** Decode with an encoding the user chose (import page correction); a BOM of that encoding is dropped. */
export function decodeAs(bytes: Uint8Array, encoding: EncodingName): DecodeResult {
	const bom = BOMS[encoding].length > 0 && startsWith(bytes, BOMS[encoding]);
	const text = decodeWith(encoding, bom ? bytes.subarray(BOMS[encoding].length) : bytes, false);
	if (text === null) return { ok: false, message: UNREADABLE, code: 'binary' };
	return textResult(text, encoding, bom);
}
