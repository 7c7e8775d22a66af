/**
 * Serves the production build (`build/`) the way the README tells an intranet web server to:
 * precompressed `.br`/`.gz` files chosen by Accept-Encoding, `application/wasm` for the engine,
 * one year `immutable` caching for the hashed files under `_app/immutable/`, revalidation for the
 * rest. The E2E tests and the benchmark run against this, so they measure what users get.
 *
 * Usage: node scripts/serve.ts [--port 4173] [--dir build]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = path.resolve(option('--dir', 'build'));
const port = Number(option('--port', process.env.PORT ?? '4173'));

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.ttf': 'font/ttf',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.zip': 'application/zip',
	'.txt': 'text/plain; charset=utf-8'
};

function resolveFile(urlPath: string): string | undefined {
	const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const candidate = path.join(root, clean);
	if (!candidate.startsWith(root)) return undefined; // no path traversal
	for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

if (!existsSync(root)) {
	console.error(`Kein Build gefunden in ${root}. Bitte zuerst "npm run build" ausführen.`);
	process.exit(1);
}

// What an unknown address gets, as the README's nginx `error_page 404 /404.html` does: the app, which
// says in its own layout that the page does not exist (adapter-static's fallback page).
const notFound = path.join(root, '404.html');

createServer((req, res) => {
	const found = resolveFile(req.url ?? '/');
	if (!found && !existsSync(notFound)) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Nicht gefunden');
		return;
	}
	const file = found ?? notFound;
	const status = found ? 200 : 404;
	const accept = String(req.headers['accept-encoding'] ?? '');
	const headers: Record<string, string> = {
		'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
		'cache-control': file.includes(`${path.sep}_app${path.sep}immutable${path.sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		'x-content-type-options': 'nosniff',
		vary: 'Accept-Encoding'
	};
	let body = file;
	for (const [encoding, ext] of [
		['br', '.br'],
		['gzip', '.gz']
	] as const) {
		if (accept.includes(encoding) && existsSync(file + ext)) {
			body = file + ext;
			headers['content-encoding'] = encoding;
			break;
		}
	}
	headers['content-length'] = String(statSync(body).size);
	res.writeHead(status, headers);
	if (req.method === 'HEAD') res.end();
	else createReadStream(body).pipe(res);
}).listen(port, '127.0.0.1', () => {
	console.log(`Vergleichsring läuft auf http://127.0.0.1:${port}/ (Verzeichnis ${root})`);
});
