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
import * as downloads from './areas/downloads.ts';
import * as engine from './areas/engine.ts';
import * as importArea from './areas/import.ts';
import * as ingest from './areas/ingest.ts';
import * as manage from './areas/manage.ts';
import * as moderation from './areas/moderation.ts';
import * as releases from './areas/releases.ts';
import * as report from './areas/report.ts';
import * as reportScenarios from './areas/report-scenarios.ts';
import * as releaseStep from './areas/release-step.ts';
import * as rings from './areas/rings.ts';
import * as scenario from './areas/scenario.ts';
import * as scenarioTerms from './areas/scenario-terms.ts';
import * as session from './areas/session.ts';
import * as shell from './areas/shell.ts';
import * as uncertainty from './areas/uncertainty.ts';
import * as zip from './areas/zip.ts';
import { formatInteger } from '../format/number.ts';
import { fill } from './fill.ts';

export const de = {
	...shell.de,
	...dashboard.de,
	...engine.de,
	...importArea.de,
	...ingest.de,
	...rings.de,
	...releases.de,
	...uncertainty.de,
	...moderation.de,
	...report.de,
	...reportScenarios.de,
	...scenario.de,
	...scenarioTerms.de,
	...session.de,
	...releaseStep.de,
	...zip.de,
	...downloads.de,
	...manage.de
};

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;

/** The interface languages, German first (the default). */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

export type Params = Record<string, string | number>;

export { fill };

/** A message in German regardless of the interface language: the CLI and other Node output. */
export function german(key: MessageKey, params: Params = {}): string {
	return fill(de[key], params);
}

/** What builds text from codes takes one of these: `t` in the browser, `german` in the CLI. */
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * A message as data — a key and its parameters — for what is said far from where it is shown: the
 * import worker's problems, the ring package reader's. A parameter may be a message itself (a kind
 * of value, a number format), worded in the same language, or a count written with the language's
 * thousands separators (`{ integer: 60000 }` → 60.000 / 60,000): the worker that says it does not know
 * the page's language.
 */
export interface Message {
	key: MessageKey;
	params?: MessageParams;
}
type Param = string | number | Message | { integer: number };
/** A list is worded item by item and joined with commas. */
export type MessageParams = Record<string, Param | Param[]>;

/**
 * An error that says what went wrong as a message of the catalogue: thrown where no translator is at
 * hand (a worker's client, a download), worded where it is shown (words.ts `errorText`). Its
 * `message` is the German text, for logs and Node.
 */
export class MessageError extends Error {
	readonly said: Message;
	constructor(said: Message) {
		super(word(said));
		this.said = said;
	}
}

/** A message in the language of `tr`. */
export function word(message: Message, tr: Translate = german): string {
	const one = (value: Param): string | number =>
		typeof value !== 'object'
			? value
			: 'integer' in value
				? formatInteger(value.integer, tr === german ? { locale: 'de' } : undefined)
				: word(value, tr);
	const params: Params = {};
	for (const [name, value] of Object.entries(message.params ?? {}))
		params[name] = Array.isArray(value) ? value.map(one).join(', ') : one(value);
	return tr(message.key, params);
}
