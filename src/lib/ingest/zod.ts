/**
 * The run-time schemas (ring.json, mapping profiles) are written with `zod/mini`: the same validators
 * as full zod (same checks, same issues), but a functional, tree-shakable API, so the browser ships only
 * the parts used instead of all of zod (~50 kB gzip, and that twice: page and import worker). The
 * catalogue schema (`catalogue/schema.ts`) keeps full zod: it runs at build time and in Node only.
 *
 * zod/mini has no messages of its own (every issue says "Invalid input"), while our German messages
 * quote zod's English one (`… ist ungültig (Invalid input: expected string, received number)`). So every
 * parse goes through `safeParse` here, which passes zod's English locale — what full zod uses by default.
 * zod/mini never compiles validators with `new Function`, so the CSP (no eval) needs no `jitless`.
 *
 * The builders below are marked free of side effects (as zod/mini's own are), so a module that merely
 * imports one with a schema in it — the import worker imports `profile.ts` — ships none of zod.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

let english: z.core.ParseContext<z.core.$ZodIssue> | undefined;

/** `schema.safeParse(value)` with zod's English messages. */
export function safeParse<T extends z.ZodMiniType>(schema: T, value: unknown) {
	english ??= { error: en().localeError };
	return schema.safeParse(value, english);
}

/** Full zod's `z.string().trim().min(1)`. */
/* @__NO_SIDE_EFFECTS__ */
export function nonEmptyText() {
	return z.string().check(z.trim(), z.minLength(1));
}

/** Full zod's `z.number().int()`. */
/* @__NO_SIDE_EFFECTS__ */
export function integer() {
	return z.number().check(z.int());
}

/** Full zod's `z.number().int().min(1950).max(2100)`: a survey year. */
/* @__NO_SIDE_EFFECTS__ */
export function year() {
	return z.number().check(z.int(), z.gte(1950), z.lte(2100));
}
