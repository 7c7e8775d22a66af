/**
 * The import corpus through the CLI `check` (the same code as the import page's worker): each file
 * imports with exactly its values or fails with the expected message and exit code.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/ingest/check.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { IMPORT_CORPUS } from '../fixtures/ingest/import-corpus.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';

describe('import corpus through check', () => {
	for (const c of IMPORT_CORPUS)
		it(`${c.name}: ${c.what} → exit ${c.exit}`, async () => {
			const result = await runCheck([c.name], SPECS, () => c.bytes);
			expect(result.exitCode).toBe(c.exit);
			if (c.exit === 0) {
				const parsed = parseImportFile(c.name, c.bytes, SPECS);
				expect(parsed.values.map((v) => [v.authority_id, v.period, v.count_id, v.value])).toEqual(c.values);
			} else {
				expect(c.exit === 1 ? result.stdout : result.stderr).toContain(c.message);
			}
			expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |Error:/);
		});
});
