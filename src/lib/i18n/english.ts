/**
 * Everything English in one chunk, loaded only when a page shows English (translate.ts
 * `loadLocale`): the interface messages and the catalogue's English labels and help texts
 * (`virtual:kpi-definitions/en`, built from `label_en` / `help_en`).
 */
import englishCatalogue from 'virtual:kpi-definitions/en';
import type { Messages } from './messages.ts';
import * as dashboard from './en/dashboard.ts';
import * as downloads from './en/downloads.ts';
import * as engine from './en/engine.ts';
import * as importArea from './en/import.ts';
import * as ingest from './en/ingest.ts';
import * as manage from './en/manage.ts';
import * as moderation from './en/moderation.ts';
import * as releaseStep from './en/release-step.ts';
import * as releases from './en/releases.ts';
import * as report from './en/report.ts';
import * as reportScenarios from './en/report-scenarios.ts';
import * as rings from './en/rings.ts';
import * as scenarioTerms from './en/scenario-terms.ts';
import * as scenario from './en/scenario.ts';
import * as session from './en/session.ts';
import * as shell from './en/shell.ts';
import * as uncertainty from './en/uncertainty.ts';
import * as zip from './en/zip.ts';

export const messages: Messages = {
	...shell.en,
	...dashboard.en,
	...engine.en,
	...importArea.en,
	...ingest.en,
	...rings.en,
	...releases.en,
	...uncertainty.en,
	...moderation.en,
	...report.en,
	...reportScenarios.en,
	...scenario.en,
	...scenarioTerms.en,
	...session.en,
	...releaseStep.en,
	...zip.en,
	...downloads.en,
	...manage.en
};
export const catalogue = englishCatalogue;
