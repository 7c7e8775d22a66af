/**
 * The message catalogue: every user-visible string of the interface, German first.
 *
 * Why plain objects, one file per area (areas/*.ts) merged here: components never contain prose,
 * so English (or another language) is added without touching a component, a missing key is a
 * type error, and views developed side by side do not edit the same file. KPI and base-count
 * labels are not here: they belong to the ring's definitions (kpi-definitions/).
 */
import * as dashboard from './areas/dashboard.ts';
import * as importArea from './areas/import.ts';
import * as manage from './areas/manage.ts';
import * as moderation from './areas/moderation.ts';
import * as releases from './areas/releases.ts';
import * as report from './areas/report.ts';
import * as rings from './areas/rings.ts';
import * as scenario from './areas/scenario.ts';
import * as scenarioTerms from './areas/scenario-terms.ts';
import * as session from './areas/session.ts';
import * as shell from './areas/shell.ts';
import * as uncertainty from './areas/uncertainty.ts';

export const de = {
	...shell.de,
	...dashboard.de,
	...importArea.de,
	...rings.de,
	...releases.de,
	...uncertainty.de,
	...moderation.de,
	...report.de,
	...scenario.de,
	...scenarioTerms.de,
	...session.de,
	...manage.de
};

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;

/**
 * The areas' messages as one catalogue. Marked free of side effects (an object spread is not, to the
 * bundler): a catalogue nothing reads — English while no page calls `setLocale` — is left out of the build.
 */
/* @__NO_SIDE_EFFECTS__ */
function merged<T extends object[]>(...areas: T): Merged<T> {
	return Object.assign({}, ...areas) as Merged<T>;
}
type Merged<T extends object[]> = T extends [infer H, ...infer R extends object[]] ? H & Merged<R> : unknown;

const en: Messages = merged(
	shell.en,
	dashboard.en,
	importArea.en,
	rings.en,
	releases.en,
	uncertainty.en,
	moderation.en,
	report.en,
	scenario.en,
	scenarioTerms.en,
	session.en,
	manage.en
);

export const CATALOGUES = { de, en } satisfies Record<string, Messages>;
export type Locale = keyof typeof CATALOGUES;
