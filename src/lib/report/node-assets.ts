/**
 * Node only (CLI, tests, benchmark): the report's font and the PNG renderer's WASM read from
 * node_modules — the same files the browser build ships. Never import from browser code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FILES, type FontBytes } from './pdf/fonts.ts';
import { PNG_WASM } from './png.ts';

const require = createRequire(import.meta.url);
const read = (specifier: string) => new Uint8Array(readFileSync(require.resolve(specifier)));

export function nodeFonts(): FontBytes {
	return { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
}

export function nodePngWasm(): Uint8Array {
	return read(PNG_WASM);
}
