/**
 * Runs a TypeScript entry point (`node scripts/node24.mjs <file.ts> [args…]`) on Node 24 or says in
 * one line, in German and English, why it cannot — instead of Node 20's ERR_UNKNOWN_FILE_EXTENSION.
 *
 * Why it is plain JavaScript: it must run on whatever `node` a machine has. Normally that is the
 * Node 24 that `npm install` put into node_modules/.bin (the devDependency `node`), which `npm run`
 * puts first on the PATH; it is only older when that install step did not run.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
	const npm = /npm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
	const npmTooOld = npm !== undefined && Number(npm.split('.')[0]) < 7;
	console.error(
		npmTooOld
			? `Node ${process.version} statt 24: npm ${npm} ist zu alt, um Node 24 zu installieren – npm 7 oder neuer nehmen, dann "npm install". / npm ${npm} is too old to install Node 24: use npm 7 or newer, then run "npm install".`
			: `Node ${process.version} statt 24: "npm install" hat Node 24 (Paket „node“) nicht installiert – "npm install" erneut ausführen (ohne --ignore-scripts). / "npm install" did not install Node 24 (package "node"): run "npm install" again (without --ignore-scripts).`
	);
	process.exit(1);
}
const entry = process.argv[2];
if (!entry) {
	console.error('Aufruf / usage: node scripts/node24.mjs <datei.ts> [argumente…]');
	process.exit(2);
}
process.argv.splice(1, 1); // the entry sees itself as argv[1] and its own arguments after it
await import(pathToFileURL(resolve(entry)).href);
