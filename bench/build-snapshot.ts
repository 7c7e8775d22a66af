/**
 * The production build the browser benchmarks serve: waiting until build/ is complete (another engineer may
 * be building in this tree) and copying it into a private folder whose compressed files are verified.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import path from 'node:path';

/**
 * A build is complete when adapter-static has written index.html, version.json, the page nodes and
 * the WASM's .br — and nothing changed for 15 s (another engineer may be building in this tree).
 * Waits up to `timeoutMs` for that; throws otherwise.
 */
export async function waitForCompleteBuild(dir: string, timeoutMs = 300_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const problem = buildProblem(dir);
		if (!problem) return;
		if (Date.now() > deadline) throw new Error(`build/ is incomplete: ${problem}`);
		await new Promise((r) => setTimeout(r, 5000));
	}
}

function buildProblem(dir: string): string | null {
	const nodes = path.join(dir, '_app/immutable/nodes');
	const assets = path.join(dir, '_app/immutable/assets');
	if (!existsSync(path.join(dir, 'index.html')) || !existsSync(path.join(dir, '_app/version.json')))
		return 'no index.html or version.json';
	if (!existsSync(nodes) || readdirSync(nodes).length === 0) return 'no page nodes';
	if (!existsSync(assets) || !readdirSync(assets).some((f) => /^duckdb-eh\..*\.wasm\.br$/.test(f)))
		return 'no precompressed WASM';
	const newest = Math.max(
		...readdirSync(dir, { recursive: true, withFileTypes: true }).map(
			(e) => statSync(path.join(e.parentPath, e.name)).mtimeMs
		)
	);
	if (Date.now() - newest < 15_000) return 'files changed in the last 15 s (a build is running)';
	return null;
}

/**
 * Copy build/ into the private folder `to` once it is complete, and verify the copy: every .br/.gz
 * must decompress to its raw file's size (a copy taken while a build is still compressing the 34 MB
 * WASM would otherwise serve a truncated engine). Retries while another build is running.
 */
export async function snapshotCompleteBuild(
	from: string,
	to: string,
	log: (line: string) => void
): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		await waitForCompleteBuild(from);
		rmSync(to, { recursive: true, force: true });
		mkdirSync(to, { recursive: true });
		snapshotBuild(from, to);
		const problem = compressedProblem(to);
		if (!problem) return;
		if (attempt >= 20) throw new Error(`build/ stays inconsistent: ${problem}`);
		log(`build/ is being rewritten (${problem}); waiting`);
		await new Promise((r) => setTimeout(r, 10_000));
	}
}

function compressedProblem(dir: string): string | null {
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const file = path.join(entry.parentPath, entry.name);
		const ext = path.extname(file);
		if (!entry.isFile() || (ext !== '.br' && ext !== '.gz')) continue;
		const raw = file.slice(0, -ext.length);
		if (!existsSync(raw)) return `${path.relative(dir, file)} without its raw file`;
		try {
			const bytes = readFileSync(file);
			const out = ext === '.br' ? brotliDecompressSync(bytes) : gunzipSync(bytes);
			if (out.length !== statSync(raw).size) return `${path.relative(dir, file)} does not match its raw file`;
		} catch {
			return `${path.relative(dir, file)} is truncated`;
		}
	}
	return null;
}

/** Copy build/ into a private folder, so another engineer's `npm run build` cannot pull it away mid-run. */
export function snapshotBuild(from: string, to: string): void {
	for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
		const source = path.join(entry.parentPath, entry.name);
		const target = path.join(to, path.relative(from, source));
		if (entry.isDirectory()) mkdirSync(target, { recursive: true });
		else if (entry.isFile()) {
			mkdirSync(path.dirname(target), { recursive: true });
			copyFileSync(source, target);
		}
	}
}
