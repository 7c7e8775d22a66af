/**
 * The message catalogue: every user-visible string of the interface. German (this file's `de`, the
 * default) ships with every page; English lives in `en/*.ts` and `english.ts`, a chunk of its own that
 * a page loads only when English is chosen (translate.ts `loadLocale`).
 *
 * Why plain objects, one file per area and language (areas/*.ts German, en/*.ts English): components
 * never contain prose, so a language is added without touching a component; a key missing in a
 * language, or one it has in excess, is a type error (`Record<MessageKey, string>`); views developed
 * side by side do not edit the same file. KPI and base-count labels are not here: they belong to the
 * ring's definitions (kpi-definitions/, `label` / `label_en`, `help` / `help_en`).
 */
import * as dashboard from './areas/dashboard.ts';
import * as engine from './areas/engine.ts';
import * as importArea from './areas/import.ts';
import * as rings from './areas/rings.ts';
import * as shell from './areas/shell.ts';

export const de = { ...shell.de, ...dashboard.de, ...engine.de, ...importArea.de, ...rings.de };

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;

/** The interface languages, German first (the default). */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

export type Params = Record<string, string | number>;

/** `{name}` placeholders filled; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}

/** A message in German regardless of the interface language: the CLI and other Node output. */
export function german(key: MessageKey, params: Params = {}): string {
	return fill(de[key], params);
}

/** What builds text from codes takes one of these: `t` in the browser, `german` in the CLI. */
export type Translate = (key: MessageKey, params?: Params) => string;
