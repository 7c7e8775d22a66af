/**
 * The Datenstand hash: SHA-256 of the canonical values file's UTF-8 bytes, as 64 lower-case hex digits
 * (docs/ring-format.md, "Datenstände"). Web Crypto in both the browser and Node (≥ 19 has
 * `globalThis.crypto.subtle`), so the page and the CLI compute the same digest with the same code.
 */
export async function sha256Hex(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
