/**
 * Finds a Chromium for the browser tests and the benchmark. Order: the environment variable
 * CHROMIUM_PATH, Debian's /usr/bin/chromium (and its usual siblings), then a browser installed by
 * `npx playwright install chromium`. Returns undefined when none is there; callers then print
 * `MISSING_CHROMIUM_HELP` instead of a Playwright stack trace.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const MISSING_CHROMIUM_HELP = `Kein Chromium gefunden. Die Browser-Tests brauchen einen Chromium-Browser:
  Debian/Ubuntu:  sudo apt-get install chromium
  oder:           npx playwright install chromium
  oder den Pfad eines vorhandenen Chromium/Chrome setzen: CHROMIUM_PATH=/pfad/zu/chromium npm test`;

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	const system = SYSTEM_PATHS.find((p) => existsSync(p));
	if (system) return system;
	try {
		const bundled = chromium.executablePath();
		return existsSync(bundled) ? bundled : undefined;
	} catch {
		return undefined;
	}
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
