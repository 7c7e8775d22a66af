/**
 * The CLI says why a peer group is empty — one German line on stderr, worded from the engine's reason
 * code — for `stats` and `scenario`, whose output is then only the header: here a member that
 * delivered nothing for 2024 (its rows taken out of a copy of the demo ring).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from './support/cli.ts';

const MEMBER = '05334';
let ring = '';

beforeAll(() => {
	ring = path.join(mkdtempSync(path.join(tmpdir(), 'cli-notes-')), 'ring');
	cpSync('data-samples/demo-ring', ring, { recursive: true });
	const counts = path.join(ring, 'counts');
	for (const file of readdirSync(counts)) {
		const text = readFileSync(path.join(counts, file), 'utf8');
		const kept = text.split('\n').filter((line) => !line.startsWith(`${MEMBER},2024,`));
		writeFileSync(path.join(counts, file), kept.join('\n'));
	}
});

const NOTE = `Hinweis: Für die Behörde ${MEMBER} liegen im Jahr 2024 keine Daten vor.`;

describe('an empty peer group is said, not printed as a code', () => {
	it('stats', async () => {
		const r = await cliInProcess('stats', '--ring', ring, '--authority', MEMBER, '--period', '2024');
		expect(r.code).toBe(0);
		expect(r.err).toContain(NOTE);
		expect(r.err).not.toMatch(/object|no_data/);
	});

	it('scenario', async () => {
		const r = await cliInProcess('scenario', '--ring', ring, '--authority', MEMBER, '--period', '2024');
		expect(r.code).toBe(0);
		expect(r.err).toContain(NOTE);
		expect(r.err).not.toMatch(/object|no_data/);
	});
});
