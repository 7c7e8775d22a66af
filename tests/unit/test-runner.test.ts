/**
 * `npm test` without a Chromium must say exactly what to install instead of failing somewhere
 * inside Playwright (issue: the test command finds a Chromium or tells you what to install).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/find-chromium.ts';

describe('npm test and its Chromium', () => {
	it('names the install commands when no Chromium is found, and stops', () => {
		const r = spawnSync(process.execPath, ['scripts/test.ts'], {
			encoding: 'utf8',
			env: { ...process.env, CHROMIUM_PATH: '/nicht/vorhanden/chromium' },
			timeout: 30_000
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('sudo apt-get install chromium');
		expect(r.stderr).toContain('npx playwright install chromium');
		expect(r.stderr).toContain('CHROMIUM_PATH=');
		expect(r.stdout).not.toContain('==='); // no step ran
	});

	it('honours CHROMIUM_PATH over the system browser', () => {
		const before = process.env.CHROMIUM_PATH;
		try {
			process.env.CHROMIUM_PATH = process.execPath; // any existing file stands in for a browser
			expect(findChromium()).toBe(process.execPath);
			process.env.CHROMIUM_PATH = '/nicht/vorhanden';
			expect(findChromium()).toBeUndefined();
		} finally {
			if (before === undefined) delete process.env.CHROMIUM_PATH;
			else process.env.CHROMIUM_PATH = before;
		}
	});
});
