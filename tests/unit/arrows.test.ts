/**
 * The architecture's one-way arrows are lint errors (eslint.config.js `ARROWS`): for each rule, a file
 * in the folder that imports what it must not is linted with the project's own config and must fail.
 * If a rule is dropped or its patterns stop matching the import styles we use (`$lib/…`, `../…`),
 * the matching case here fails.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const BACKWARD: [file: string, importLine: string][] = [
	['src/lib/engine/x.ts', "import { formatNumber } from '../format/number.ts';"],
	['src/lib/engine/x.ts', "import { formatNumber } from '../format/index.ts';"],
	['src/lib/i18n/x.ts', "import { overviewModel } from '../dashboard/overview.ts';"],
	['src/lib/zip/x.ts', "import type { Problem } from '../ingest/types.ts';"],
	['src/lib/engine/x.ts', "import { t } from '$lib/i18n/translate.ts';"],
	['src/lib/engine/x.ts', "import { app } from '../app/app.svelte.ts';"],
	['src/lib/engine/x.ts', "import { untrack } from 'svelte';"],
	['src/lib/ingest/x.ts', "import { openRingStore } from '../ring/store.ts';"],
	['src/lib/charts/x.ts', "import { app } from '../app/app.svelte.ts';"],
	['src/lib/charts/x.ts', "import { kpiRows } from '$lib/dashboard/data.ts';"],
	['src/lib/ring/x.ts', "import { createEngine } from '../engine/engine.ts';"],
	['src/lib/catalogue/x.ts', "import { formatNumber } from '../format/number.ts';"],
	['src/lib/format/x.ts', "import { ringTables } from '../engine/ring-tables.ts';"],
	['src/lib/zip/x.ts', "import type { RingData } from '../ring/package/types.ts';"],
	['src/lib/downloads/x.ts', "import { app } from '$lib/app/app.svelte.ts';"],
	['src/routes/x/+page.ts', "import type { Finding } from '$lib/engine/plausibility.ts';"],
	['src/lib/dashboard/x.ts', "import { z } from 'zod';"],
	// The dashboard works on its interface (dashboard/source.ts), not on the app or the first view.
	['src/lib/dashboard/x.ts', "import { app } from '../app/app.svelte.ts';"],
	['src/lib/dashboard/x.ts', "import type { Session } from '$lib/app/session.ts';"],
	['src/lib/dashboard/x.ts', "import { lastViewPreview } from '../first-view/last-view.ts';"],
	['src/lib/first-view/x.ts', "import type { Session } from '../app/session.ts';"],
	['src/lib/first-view/x.ts', "import DashboardShell from '../dashboard/DashboardShell.svelte';"],
	['src/lib/app/x.ts', "import KpiView from '$lib/dashboard/KpiView.svelte';"]
];

const FORWARD: [file: string, importLine: string][] = [
	['src/lib/engine/x.ts', "import type { Catalogue } from '../catalogue/schema.ts';"],
	['src/lib/engine/x.ts', "import type { RingData } from '../ring/package/types.ts';"],
	['src/lib/engine/x.ts', "import { csvField } from '../format/csv.ts';"],
	['src/lib/i18n/x.ts', "import type { Finding } from '../engine/plausibility.ts';"],
	['src/lib/dashboard/x.ts', "import { createEngine } from '../engine/engine.ts';"],
	['src/lib/charts/x.ts', "import { download } from '../downloads/save.ts';"],
	['src/lib/ring/x.ts', "import { parseCsv } from '../ingest/csv-tokenizer.ts';"],
	['src/routes/x/+page.ts', "import { app } from '$lib/app/app.svelte.ts';"],
	['src/lib/first-view/x.ts', "import { createDashboardData } from '../dashboard/data.ts';"],
	['src/lib/first-view/x.ts', "import { resource } from '../dashboard/resource.svelte.ts';"],
	['src/lib/app/x.ts', "import type { DashboardSource } from '../dashboard/source.ts';"]
];

describe('architecture arrows (eslint.config.js)', () => {
	it.each(BACKWARD)('%s: %s is an error', async (file, line) => {
		const messages = await restricted(file, `${line}\nexport const used = 1;\n`);
		expect(messages.length, messages.join('\n')).toBe(1);
	});

	it.each(FORWARD)('%s: %s is allowed', async (file, line) => {
		expect(await restricted(file, `${line}\nexport const used = 1;\n`)).toEqual([]);
	});

	it('a dashboard component that imports the app is an error too (the rules cover Svelte files)', async () => {
		const code = `<script lang="ts">\n\timport { app } from '../app/app.svelte.ts';\n</script>\n<p>{app.error}</p>\n`;
		expect(await restricted('src/lib/dashboard/X.svelte', code)).toHaveLength(1);
	});
});
