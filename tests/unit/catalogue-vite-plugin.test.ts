import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import {
	ENGLISH_ID,
	englishTexts,
	forBrowser,
	kpiDefinitions,
	VIRTUAL_ID
} from '../../src/lib/catalogue/vite-plugin.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { DEFAULT_DEFINITIONS_DIR } from '../../src/lib/catalogue/node-loader.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'kpi-defs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function bundle(dir: string, id = VIRTUAL_ID): Promise<string> {
	const entry = path.join(temp, 'entry.js');
	writeFileSync(entry, `import catalogue from '${id}';\nexport default catalogue;\n`);
	const out = (await build({
		configFile: false,
		root: temp,
		logLevel: 'silent',
		plugins: [kpiDefinitions({ dir })],
		build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' } }
	})) as Rollup.RollupOutput[] | Rollup.RollupOutput;
	const output = Array.isArray(out) ? out[0] : out;
	const chunk = output?.output.find((o) => o.type === 'chunk');
	return chunk && chunk.type === 'chunk' ? chunk.code : '';
}

describe('Vite plugin virtual:kpi-definitions', () => {
	it('bundles the validated catalogue as JSON', async () => {
		const code = await bundle(DEFAULT_DEFINITIONS_DIR);
		expect(code).toContain('completion_rate');
		expect(code).toContain('"denominators"');
	});

	it('ships German without English and without help texts no page shows (base counts, derived)', async () => {
		const full = loadCatalogue();
		const code = await bundle(DEFAULT_DEFINITIONS_DIR);
		expect(code).not.toContain('label_en');
		expect(code).not.toContain('help_en');
		for (const k of full.kpis) expect(code).not.toContain(JSON.stringify(k.label_en));
		const shipped = forBrowser(full);
		expect(shipped.base_counts.every((b) => b.help === undefined && b.label_en === undefined)).toBe(true);
		expect(shipped.kpis.map((k) => k.help)).toEqual(full.kpis.map((k) => k.help));
		// Everything else unchanged: ids, labels, formulas, classes, checks.
		const strip = (o: object) =>
			JSON.parse(
				JSON.stringify(o, (k, v) => (k === 'label_en' || k === 'help' || k === 'help_en' ? undefined : v))
			);
		expect(strip(shipped)).toEqual(strip(full));
	});

	it('ships English in a module of its own: every label a page shows and every KPI help', async () => {
		const full = loadCatalogue();
		const code = await bundle(DEFAULT_DEFINITIONS_DIR, ENGLISH_ID);
		const english = englishTexts(full);
		expect(Object.keys(english.kpis)).toEqual(full.kpis.map((k) => k.id));
		for (const k of full.kpis) {
			expect(english.kpis[k.id]).toEqual({ label: k.label_en, help: k.help_en });
			expect(code).toContain(JSON.stringify(k.help_en));
			expect(code, 'no German in the English module').not.toContain(JSON.stringify(k.help));
		}
		for (const b of full.base_counts) expect(english.base_counts[b.id]).toBe(b.label_en);
		for (const f of full.fields) expect(english.fields[f.id]).toBe(f.label_en);
	});

	it('fails the build naming file and id when a definition is invalid', async () => {
		const dir = path.join(temp, 'defs');
		cpSync(DEFAULT_DEFINITIONS_DIR, dir, { recursive: true });
		writeFileSync(
			path.join(dir, 'kpis', 'extra.yaml'),
			'kpis:\n  - {id: calls_lost_rate, field: waiting, label: Verlorene Anrufe, formula: calls_lost / calls_received * 100, unit: "%", polarity: down, help: Tippfehler in der Grundzahl.}\n'
		);
		await expect(bundle(dir)).rejects.toThrow(
			/kpis\/extra\.yaml \[calls_lost_rate\]: unbekannte Grundzahl oder abgeleitete Größe „calls_lost“/
		);
	});
});
