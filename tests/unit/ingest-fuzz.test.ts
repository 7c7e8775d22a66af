/**
 * No input may throw, hang or crash the import: mutated corpus files (bytes flipped, cut, duplicated,
 * separators and quotes injected) must always end in a result, and `check` in exit code 0, 1 or 2.
 * Deterministic (seeded), so a failure is reproducible.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/ingest/check.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { readRingZip } from '../../src/lib/ring/package/open.ts';
import { fixture, FIXTURES, SPECS } from '../fixtures/ingest/helpers.ts';

function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const INJECT = [0x22, 0x3b, 0x2c, 0x0a, 0x0d, 0x09, 0x7c, 0x00, 0xff, 0xe4, 0x2e, 0x2d];

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
	const out = [...bytes];
	const edits = 1 + Math.floor(random() * 8);
	for (let e = 0; e < edits; e++) {
		const at = Math.floor(random() * (out.length + 1));
		const op = random();
		if (op < 0.4) out.splice(at, 0, INJECT[Math.floor(random() * INJECT.length)] ?? 0x22);
		else if (op < 0.7) out.splice(at, 1 + Math.floor(random() * 5));
		else if (op < 0.85) out.splice(at, 0, ...out.slice(at, at + Math.floor(random() * 40)));
		else out.length = at;
	}
	return Uint8Array.from(out);
}

const CORPUS = readdirSync(path.join(FIXTURES, 'corpus'))
	.filter((f) => f.endsWith('.csv'))
	.map((f) => fixture(`corpus/${f}`));

describe('fuzzing the import', () => {
	it('never throws on 1500 mutated files', async () => {
		const random = rng(20240601);
		for (let i = 0; i < 1500; i++) {
			const base = CORPUS[i % CORPUS.length] ?? new Uint8Array();
			const bytes = mutate(base, random);
			const result = parseImportFile('f.csv', bytes, SPECS);
			expect(Array.isArray(result.problems)).toBe(true);
			for (const v of result.values) expect(Number.isFinite(v.value) && v.value >= 0).toBe(true);
			const check = await runCheck(['f.csv'], SPECS, () => bytes);
			expect([0, 1, 2]).toContain(check.exitCode);
		}
	});

	it('never throws on random bytes given as a zip', async () => {
		const random = rng(7);
		for (let i = 0; i < 200; i++) {
			const bytes = Uint8Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256));
			if (bytes.length > 4) bytes.set([0x50, 0x4b, 0x03, 0x04]);
			expect((await readRingZip(bytes, SPECS)).ring).toBeNull();
		}
	});
});
