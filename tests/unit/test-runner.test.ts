/**
 * The README's two commands are the whole set-up: `npm install` brings Node 24 (the devDependency
 * `node`) and a Chromium (`@sparticuz/chromium`), and `npm test` finds one or says what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium, findChromiumWithSource, registryChromium } from '../../scripts/find-chromium.ts';

const major = (version: string) => Number(version.replace(/^v/, '').split('.')[0]);

function withEnv<T>(env: Record<string, string | undefined>, body: () => T): T {
	const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
	try {
		for (const [k, v] of Object.entries(env)) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
		return body();
	} finally {
		for (const [k, v] of Object.entries(before)) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
	}
}

describe('the project runs on its own Node 24', () => {
	it('runs the test runner on Node 24', () => {
		expect(major(process.versions.node)).toBe(24);
	});

	it('puts Node 24 first for every npm script (node_modules/.bin/node)', () => {
		const r = spawnSync('npm', ['exec', '--no', '--', 'node', '-p', 'process.versions.node'], {
			encoding: 'utf8',
			env: { ...process.env, PATH: `/usr/bin:${process.env.PATH}` }, // a system node first on PATH
			timeout: 60_000
		});
		expect(r.status).toBe(0);
		expect(major(r.stdout.trim())).toBe(24);
	});

	it('runs `npm run cli` on Node 24', () => {
		const r = spawnSync('npm', ['run', '--silent', 'cli', '--', '--version'], {
			encoding: 'utf8',
			env: { ...process.env, PATH: `/usr/bin:${process.env.PATH}` },
			timeout: 60_000
		});
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Node 24\./);
	});

	it('says in German and English what to do when an older Node runs a script', () => {
		const old = ['/usr/bin/node', '/usr/local/bin/node'].find(
			(p) => existsSync(p) && major(spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout) < 24
		);
		if (!old) return; // no older Node on this machine to try it with
		const r = spawnSync(old, ['scripts/node24.mjs', 'scripts/test.ts'], {
			encoding: 'utf8',
			timeout: 30_000
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('statt 24');
		expect(r.stderr).toContain('npm install');
		expect(r.stderr).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|at .*\(node:/);
	});
});

describe('npm test and its Chromium', () => {
	it('names the fix in German and English when no Chromium is found, and stops', () => {
		const r = spawnSync(process.execPath, ['scripts/test.ts'], {
			encoding: 'utf8',
			env: { ...process.env, CHROMIUM_SOURCE: '', CHROMIUM_PATH: '/nicht/vorhanden/chromium' },
			timeout: 30_000
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('Kein Chromium gefunden');
		expect(r.stderr).toContain('No Chromium found');
		expect(r.stderr).toContain('CHROMIUM_PATH=/nicht/vorhanden/chromium');
		expect(r.stdout).not.toContain('==='); // no step ran
	});

	it('honours CHROMIUM_PATH over the system browser', () => {
		withEnv({ CHROMIUM_SOURCE: undefined, CHROMIUM_PATH: process.execPath }, () => {
			expect(findChromiumWithSource()).toEqual({ path: process.execPath, source: 'env' });
		});
		withEnv({ CHROMIUM_SOURCE: undefined, CHROMIUM_PATH: '/nicht/vorhanden' }, () => {
			expect(findChromium()).toBeUndefined();
		});
	});

	it('CHROMIUM_SOURCE=registry takes the Chromium from the npm package, unpacked once', () => {
		const unpacked = registryChromium();
		expect(unpacked).toMatch(/node_modules\/\.cache\/chromium-[\d.]+\/chromium$/);
		withEnv({ CHROMIUM_SOURCE: 'registry', CHROMIUM_PATH: '/usr/bin/chromium' }, () => {
			expect(findChromiumWithSource()).toEqual({ path: unpacked, source: 'registry' });
		});
		const version = spawnSync(unpacked!, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' });
		expect(version.stdout).toMatch(/Chromium \d+/);
	});
});
