/**
 * Writes the demo ring package to data-samples/demo-ring/ — the only script that writes sample files.
 *
 *   node data-samples/generate-demo.ts
 *
 * Everything is computed by the pure buildDemo() from data-samples/reference/kreise.csv; this script
 * only writes the files and removes stale ones from counts/, so a re-run is byte-identical.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemo } from './generator/demo.ts';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, 'demo-ring');
const demo = buildDemo(readFileSync(join(here, 'reference', 'kreise.csv'), 'utf8'));

mkdirSync(join(target, 'counts'), { recursive: true });
for (const name of readdirSync(join(target, 'counts'))) {
	if (!(`counts/${name}` in demo.files)) rmSync(join(target, 'counts', name));
}
for (const [path, content] of Object.entries(demo.files)) {
	writeFileSync(join(target, path), content, 'utf8');
}
const { ring, anomalies, findings } = demo.report;
console.log(
	`demo-ring: ${ring.authorities.length} authorities, ${ring.meta.periods.length} periods, ` +
		`${ring.values.length} values, ${anomalies.length} anomalies, ${findings.length} findings → ${target}`
);
