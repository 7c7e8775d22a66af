import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';

/**
 * adapter-static (with a 404.html fallback, see below), with our own precompression (scripts/precompress.js): the same .br/.gz files, but
 * cached, so the DuckDB WASM is not compressed again on every build.
 */
function staticAdapter() {
	const base = adapter({
		pages: 'build',
		assets: 'build',
		// Served by the web server for any address it does not have (README: Deployment), so a
		// mistyped or outdated link (/kpi/xyz) opens the app with its German message, not a bare 404.
		fallback: '404.html',
		precompress: false,
		strict: true
	});
	return {
		...base,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await base.adapt(builder);
			await precompress('build'); // logs to the console: builder.log.info is silent unless verbose
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticAdapter(),
		paths: { relative: true },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
