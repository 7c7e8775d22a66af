/**
 * The demo ring: which real Kreise take part, which deliberate anomalies they carry, and how the
 * package is laid out. Pure: takes the text of data-samples/reference/kreise.csv, returns the ring,
 * its report and all files (including the README), so the test can compare them with the committed
 * files and generate-demo.ts only has to write them.
 */
import { freezeRelease } from '../../src/lib/ring/datenstand.ts';
import { KEY_ALPHABET, legacyPseudonyms } from '../../src/lib/ring/package/pseudonym-map.ts';
import { emptyExtras } from '../../src/lib/ring/package/types.ts';
import { generateRingReport, type GeneratedRing } from '../generator.ts';
import type { AnomalyTarget } from './anomalies.ts';
import { CUSTOMER_SURVEY_IDS } from './catalogue.ts';
import { renderRingPackage } from './package.ts';
import { draws } from './prng.ts';
import { renderDemoReadme } from './readme.ts';
import {
	parseKreiseCsv,
	selectAuthorities,
	type GeneratorAuthority,
	type ReferenceRow
} from './reference.ts';

export const DEMO_SEED = 20240531;
export const DEMO_PERIODS = [2021, 2022, 2023, 2024];
/** The demo's one Datenstand: its values as shipped, frozen at a fixed time (so a re-run is identical). */
export const DEMO_RELEASE = { name: '2024-1', created: '2025-03-12T09:00:00Z' };

/** 48 members: every size class, all kinds but grosse_kreisstadt, 15 of 16 Länder (not Berlin). */
// prettier-ignore
export const DEMO_MEMBER_IDS: readonly string[] = [
	// GK1 (≥ 400,000)
	'02000', '03241', '04011', '05315', '05334', '05562', '06412', '08111', '09162', '09564', '14612', '14713',
	// GK2 (200,000–399,999)
	'01002', '03459', '06531', '07315', '08125', '09184', '10041', '13003', '14522', '15002', '15003', '16051',
	// GK3 (100,000–199,999)
	'03403', '04012', '05122', '06611', '06635', '07111', '08221', '08327', '10042', '12054', '12073', '16053',
	// GK4 (50,000–99,999)
	'01001', '07340', '09475', '13004', '16055', '16075',
	// GK5 (< 50,000)
	'03354', '07317', '07320', '09361', '09464', '16054'
];

export const DEMO_ANOMALIES: readonly AnomalyTarget[] = [
	{ kind: 'calls_answered_exceeds_received', authority_id: '01002', period: 2023 }, // Kiel
	{ kind: 'overdue_exceeds_open', authority_id: '07315', period: 2022 }, // Mainz
	{ kind: 'visits_jump', authority_id: '04011', period: 2023 }, // Bremen
	{ kind: 'completion_over_150', authority_id: '05122', period: 2022 }, // Solingen
	{ kind: 'low_customer_sample', authority_id: '07320', period: 2021 }, // Zweibrücken
	{ kind: 'customer_survey_missing', authority_id: '03459', period: 2022 }, // LK Osnabrück
	{ kind: 'overhead_costs_missing', authority_id: '15003', period: 2024 }, // Magdeburg
	{ kind: 'zero_selection_procedures', authority_id: '16054', period: 2022 }, // Suhl
	{ kind: 'zero_selection_procedures', authority_id: '16054', period: 2024 }, // Suhl
	{ kind: 'zero_survey_respondents', authority_id: '09361', period: 2023 } // Amberg
];

export const DEMO_LAYOUT = {
	widePrefix: 'grundzahlen',
	long: { name: 'kundenbefragung', ids: CUSTOMER_SURVEY_IDS }
} as const;

export interface Demo {
	report: GeneratedRing;
	authorities: GeneratorAuthority[];
	/** Every file of data-samples/demo-ring, keyed by relative path. */
	files: Record<string, string>;
}

/** The demo members with their real keys, names, kinds, Länder and Zensus 2022 populations. */
export function demoMembers(rows: readonly ReferenceRow[]): GeneratorAuthority[] {
	return selectAuthorities(rows, DEMO_MEMBER_IDS);
}

export async function buildDemo(kreiseCsv: string): Promise<Demo> {
	const authorities = demoMembers(parseKreiseCsv(kreiseCsv));
	const report = generateRingReport({
		seed: DEMO_SEED,
		periods: DEMO_PERIODS,
		authorities,
		anomalies: [...DEMO_ANOMALIES],
		meta: {
			name: 'Demo-Vergleichsring Ausländerbehörden',
			description:
				'Vollständig synthetische Kennzahlen für 48 reale Kreise und kreisfreie Städte (Schlüssel, Namen und ' +
				'Einwohnerzahlen nach Zensus 2022); alle übrigen Werte sind synthetisch und sagen nichts über die ' +
				'genannten Behörden aus.',
			disclosure: 'pseudonymous',
			synthetic: true
		}
	});
	// The demo keeps the letters format 1 showed for it (screenshots, the first view, the README), as
	// every upgraded ring does; a ring made in the app draws its own at random.
	// Their pseudonym keys come from the demo's seed, not Web Crypto as in the app: the committed demo
	// must regenerate byte for byte (tests/unit/generator.test.ts).
	const d = draws(DEMO_SEED);
	const pseudonyms = legacyPseudonyms(
		report.ring.meta.name,
		report.ring.authorities.map((a) => a.authority_id)
	).map((e) => ({
		...e,
		pseudonym_id:
			'ps-' +
			Array.from(
				{ length: 8 },
				(_, i) => KEY_ALPHABET[d.int(0, KEY_ALPHABET.length - 1, 'pseudonym', e.authority_id, i)]
			).join('')
	}));
	if (new Set(pseudonyms.map((e) => e.pseudonym_id)).size !== pseudonyms.length)
		throw new Error('Demo: zwei gleiche Pseudonym-Schlüssel');
	const frozen = await freezeRelease(
		{ ring: report.ring, extras: { ...emptyExtras(), pseudonyms } },
		DEMO_RELEASE.name,
		new Date(DEMO_RELEASE.created)
	);
	if (!frozen.ok) throw new Error(`Demo-Datenstand: ${frozen.reason}`);
	const files = renderRingPackage(report.ring, DEMO_LAYOUT, frozen.data.extras);
	files['README.md'] = renderDemoReadme(report, authorities, DEMO_SEED);
	return {
		report,
		authorities,
		files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)))
	};
}
