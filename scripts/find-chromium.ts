/**
 * Finds a Chromium for the browser tests and the benchmark, in this order:
 * 1. `CHROMIUM_PATH` (any Chromium or Chrome the user points at);
 * 2. a system browser: Debian's /usr/bin/chromium and its usual siblings, or one installed by
 *    `npx playwright install chromium`;
 * 3. the Chromium shipped inside the npm package `@sparticuz/chromium` (a devDependency, so
 *    `npm install` brings it from the registry alone, without root and without a download from
 *    anywhere else). Its brotli-packed binary is unpacked once into `node_modules/.cache/`.
 *
 * `CHROMIUM_SOURCE=registry` skips 1 and 2: CI sets it, so a green CI proves that a bare machine
 * (no system browser) passes too. `CHROMIUM_SOURCE=system` skips 3.
 *
 * Returns undefined when nothing is found; callers then print `missingChromiumHelp()` instead of a
 * Playwright stack trace. The result is written back to `CHROMIUM_PATH`, so Playwright's worker
 * processes (which load the config again) use the same browser without unpacking it again.
 */
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export type ChromiumSource = 'env' | 'system' | 'registry';

const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** The registry Chromium is a Linux x64 build (Amazon Linux 2023 base, glibc, runs on Debian). */
export const REGISTRY_PLATFORM = 'linux/x64';

export function missingChromiumHelp(): string {
	const platform = `${process.platform}/${process.arch}`;
	const fromEnv = process.env.CHROMIUM_SOURCE !== 'registry' && process.env.CHROMIUM_PATH;
	const why = fromEnv
		? `CHROMIUM_PATH=${fromEnv} gibt es nicht / does not exist`
		: process.env.CHROMIUM_SOURCE === 'system'
			? 'CHROMIUM_SOURCE=system, aber kein System-Chromium / but no system Chromium'
			: platform === REGISTRY_PLATFORM
				? 'das npm-Paket @sparticuz/chromium fehlt (npm install nicht gelaufen?) / the npm package @sparticuz/chromium is missing (did npm install run?)'
				: `für ${platform} liefert npm kein Chromium / npm ships no Chromium for ${platform}`;
	return `Kein Chromium gefunden: ${why}.
No Chromium found. Fix / Abhilfe:
  npm install                                  (bringt/brings Chromium for linux/x64)
  CHROMIUM_PATH=/pfad/zu/chrome npm test       (ein vorhandenes Chrome oder Chromium / an installed Chrome or Chromium)
  macOS: CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test`;
}

function systemChromium(): string | undefined {
	const system = SYSTEM_PATHS.find((p) => existsSync(p));
	if (system) return system;
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
		const installed = chromium.executablePath();
		return existsSync(installed) ? installed : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Unpacks the registry Chromium into node_modules/.cache/chromium-<version>/ once. Atomic: it is
 * unpacked into a temporary sibling folder and renamed, so a run that is killed half-way, or two
 * test processes starting together, never leave or launch a half-written browser.
 */
export function registryChromium(root = process.cwd()): string | undefined {
	if (`${process.platform}/${process.arch}` !== REGISTRY_PLATFORM) return undefined;
	const pkg = path.join(root, 'node_modules', '@sparticuz', 'chromium');
	if (!existsSync(path.join(pkg, 'bin', 'chromium.br'))) return undefined;
	const { version } = JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string };
	const cache = path.join(root, 'node_modules', '.cache');
	const dir = path.join(cache, `chromium-${version}`);
	const binary = path.join(dir, 'chromium');
	if (existsSync(binary)) return binary;
	mkdirSync(cache, { recursive: true });
	const tmp = mkdtempSync(path.join(cache, `chromium-${version}.tmp-`));
	try {
		writeFileSync(
			path.join(tmp, 'chromium'),
			brotliDecompressSync(readFileSync(path.join(pkg, 'bin', 'chromium.br')))
		);
		chmodSync(path.join(tmp, 'chromium'), 0o755);
		// SwiftShader (software GL) sits beside the binary, where Chromium looks for it.
		const tar = spawnSync('tar', ['-x', '-C', tmp], {
			input: brotliDecompressSync(readFileSync(path.join(pkg, 'bin', 'swiftshader.tar.br')))
		});
		if (tar.status !== 0) throw new Error(`tar: ${tar.stderr?.toString() ?? tar.error}`);
		try {
			renameSync(tmp, dir);
		} catch {
			// Another process unpacked it first; use theirs.
		}
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	return existsSync(binary) ? binary : undefined;
}

export interface FoundChromium {
	path: string;
	source: ChromiumSource;
}

export function findChromiumWithSource(): FoundChromium | undefined {
	const wanted = process.env.CHROMIUM_SOURCE;
	const fromEnv = process.env.CHROMIUM_PATH;
	if (wanted !== 'registry' && fromEnv)
		return existsSync(fromEnv) ? { path: fromEnv, source: 'env' } : undefined;
	if (wanted !== 'registry') {
		const system = systemChromium();
		if (system) return { path: system, source: 'system' };
	}
	if (wanted === 'system') return undefined;
	const registry = registryChromium();
	return registry ? { path: registry, source: 'registry' } : undefined;
}

export function findChromium(): string | undefined {
	const found = findChromiumWithSource();
	if (found) {
		// Workers and child processes use this one, and CHROMIUM_SOURCE no longer needs resolving.
		process.env.CHROMIUM_PATH = found.path;
	}
	return found?.path;
}

/** Flags for a headless Chromium on a machine without internet: nothing phones home. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
