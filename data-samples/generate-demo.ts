/**
 * Writes the demo ring package to data-samples/demo-ring/ — the only script that writes sample files.
 *
 *   node data-samples/generate-demo.ts
 *
 * Everything is computed by the pure buildDemo() from data-samples/reference/kreise.csv; this script
 * only writes the files and removes stale ones from counts/ and releases/, so a re-run is byte-identical.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { valueCount } from '../src/lib/ring/value-columns.ts';
import { buildDemo } from './generator/demo.ts';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, 'demo-ring');
const demo = await buildDemo(readFileSync(join(here, 'reference', 'kreise.csv'), 'utf8'));

for (const dir of ['counts', 'releases']) {
	mkdirSync(join(target, dir), { recursive: true });
	for (const entry of readdirSync(join(target, dir), { recursive: true, withFileTypes: true })) {
		const rel = relative(target, join(entry.parentPath, entry.name)).split(sep).join('/');
		if (entry.isFile() && !(rel in demo.files)) rmSync(join(target, rel));
	}
}
for (const [path, content] of Object.entries(demo.files)) {
	mkdirSync(dirname(join(target, path)), { recursive: true });
	writeFileSync(join(target, path), content, 'utf8');
}
const { ring, anomalies, findings } = demo.report;
console.log(
	`demo-ring: ${ring.authorities.length} authorities, ${ring.meta.periods.length} periods, ` +
		`${valueCount(ring.values)} values, ${anomalies.length} anomalies, ${findings.length} findings → ${target}`
);
