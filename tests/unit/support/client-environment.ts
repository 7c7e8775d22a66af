/**
 * A Vitest environment for runes outside components (`*.svelte.test.ts`): plain Node globals, but
 * modules transformed for the browser (Vite's `client` environment), so Svelte compiles them for
 * the client and resolves its client runtime — the one whose effects run. The default `node`
 * environment transforms for the server, where `$effect` never runs.
 */
import type { Environment } from 'vitest/runtime';

export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
