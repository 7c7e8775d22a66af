/**
 * A newcomer's first hour: the dev server logs only faults, and the build precompresses once.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import config from '../../vite.config.ts';
import { precompress } from '../../scripts/precompress.js';

describe('dev server log', () => {
	it("drops DuckDB-WASM's source-map warnings and keeps every other warning", () => {
		const logger = config.customLogger!;
		const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			logger.warnOnce(
				'Sourcemap for "/x/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js" points to a source file outside its package: "/x/node_modules/@duckdb/apache-arrow/table.ts"'
			);
			logger.warn(
				'Sourcemap for "/x/node_modules/@duckdb/duckdb-wasm/dist/w.js" points to a source file outside its package: "a.ts"'
			);
			expect(spy).not.toHaveBeenCalled();
			logger.warn(
				'Sourcemap for "/x/node_modules/other/w.js" points to a source file outside its package: "a.ts"'
			);
			logger.warnOnce('something else is wrong');
			expect(spy).toHaveBeenCalledTimes(2);
		} finally {
			spy.mockRestore();
		}
	});

	it('serves the demo ring from data-samples/ directly (no false 404 in the log)', () => {
		expect(config.server?.fs?.allow).toContain('data-samples');
	});
});

describe('precompression', () => {
	it('writes .br and .gz of every text and WASM file, equal to the original when unpacked', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
		const text = `unique ${Math.random()} `.repeat(2000);
		writeFileSync(path.join(dir, 'a.js'), text);
		writeFileSync(path.join(dir, 'b.png'), 'not compressed');
		const lines: string[] = [];
		await precompress(dir, (line: string) => lines.push(line));
		expect(readdirSync(dir).sort()).toEqual(['a.js', 'a.js.br', 'a.js.gz', 'b.png']);
		expect(brotliDecompressSync(readFileSync(path.join(dir, 'a.js.br'))).toString()).toBe(text);
		expect(gunzipSync(readFileSync(path.join(dir, 'a.js.gz'))).toString()).toBe(text);
		expect(lines.at(-1)).toMatch(/^Vorkomprimiert/);
	});
});
