/**
 * The targets in words (scenario/targets-view.ts) and the staffing table rows (staffing-view.ts):
 * the base counts' own units and words, amounts rounded up in the unit's step, only lever sides,
 * nothing where the target is met, the value is fehlerhaft or no side is a lever.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorMark } from '../../src/lib/engine/erroneous.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { kpiTargets, type TargetStats } from '../../src/lib/engine/targets.ts';
import { staffingFrom } from '../../src/lib/engine/staffing.ts';
import { setLocale } from '../../src/lib/i18n/translate.ts';
import { roundedChange, targetsView } from '../../src/lib/scenario/targets-view.ts';
import { staffingView } from '../../src/lib/scenario/staffing-view.ts';

const catalogue = loadCatalogue();
const kpi = (id: string) => catalogue.kpis.find((k) => k.id === id)!;

function view(
	kpiId: string,
	counts: Record<string, number>,
	[value, q1, median, q3]: [number | null, number | null, number | null, number | null],
	options: { erroneous?: boolean; hide?: ('numerator' | 'denominator')[] } = {}
) {
	const k = kpi(kpiId);
	// A fehlerhaft value: the engine's statistics row carries the error finding behind it.
	const mark: ErrorMark = { rule: 'part_exceeds_whole', ids: k.inputs.slice(0, 2), values: [2, 1] };
	const erroneous = options.erroneous ? [mark] : null;
	const row: TargetStats = {
		kpi_id: kpiId,
		polarity: k.polarity,
		own_value: value,
		q1,
		median,
		q3,
		erroneous
	};
	const rows = kpiTargets({ catalogue, rows: [row], counts: (id) => counts[id] });
	return targetsView(catalogue, k, rows, 2024, options.hide);
}

afterEach(() => setLocale('de'));

describe('targets in words', () => {
	it('decisions per FTE: „bei gleichen VZÄ … Bescheide mehr im Jahr“, rounded up to whole cases', () => {
		// 1500 decisions on 10 FTE = 150; median 191.23 → 1912.3 decisions, i.e. 412.3 → 413 more.
		const v = view(
			'decisions_per_fte',
			{ titles_granted: 1200, title_applications_rejected: 300, fte_case_officers: 10 },
			[150, 140, 191.23, 200]
		);
		expect(v).toMatchObject({ kind: 'lines' });
		if (v?.kind !== 'lines') return;
		expect(v.lines.map((l) => [l.label, l.value])).toEqual([
			['Median der Gruppe', '191\u00a0Fälle'],
			['Grenze zum besten Viertel (3. Quartil)', '200\u00a0Fälle']
		]);
		expect(v.lines[0]!.sentences).toEqual([
			'bei gleichen VZÄ 413 Bescheide mehr im Jahr',
			'bei gleicher Zahl erledigter Anträge 2,2\u00a0VZÄ weniger in der Sachbearbeitung'
		]);
		// The FTE side is the staffing calculation's on the KPI view: hidden there.
		const hidden = view(
			'decisions_per_fte',
			{ titles_granted: 1200, title_applications_rejected: 300, fte_case_officers: 10 },
			[150, 140, 191.23, 200],
			{ hide: ['denominator'] }
		);
		expect(hidden?.kind === 'lines' && hidden.lines[0]!.sentences).toEqual([
			'bei gleichen VZÄ 413 Bescheide mehr im Jahr'
		]);
	});

	it('phone reachability and customer satisfaction in their own words, demand sides left out', () => {
		const phone = view(
			'phone_reachability',
			{ calls_answered: 8000, calls_received: 10000 },
			[80, 78, 92.4, 95]
		);
		expect(phone?.kind === 'lines' && phone.lines[0]!.sentences).toEqual([
			'bei gleichen Anrufen 1.240 Anrufe mehr angenommen'
		]);
		const happy = view(
			'customer_satisfaction',
			{ customer_survey_satisfied: 71, customer_survey_respondents: 100 },
			[71, 70, 79.5, 85]
		);
		expect(happy?.kind === 'lines' && happy.lines[0]!.sentences).toEqual([
			'bei gleicher Zahl Befragter 9 Zufriedene mehr'
		]);
		// One case: the singular.
		const one = view(
			'customer_satisfaction',
			{ customer_survey_satisfied: 71, customer_survey_respondents: 100 },
			[71, 70, 71.5, 85]
		);
		expect(one?.kind === 'lines' && one.lines[0]!.sentences).toEqual([
			'bei gleicher Zahl Befragter 1 zufriedene Person mehr'
		]);
	});

	it('costs in whole euros, lower-is-better KPIs with fewer', () => {
		const v = view(
			'cost_per_decision',
			{
				personnel_costs: 1_000_000,
				operating_costs: 200_000,
				overhead_costs: 100_000.4,
				titles_granted: 900,
				title_applications_rejected: 100
			},
			[1300.0004, 1000, 1200, 1400]
		);
		expect(v?.kind === 'lines' && v.lines[0]!.sentences).toEqual([
			'bei gleicher Zahl erledigter Anträge 100.001\u00a0€ weniger Kosten im Jahr',
			'bei gleichen Kosten 84 Bescheide mehr im Jahr'
		]);
		const backlog = view(
			'backlog_months',
			{ open_applications: 600, title_applications_received: 2400 },
			[3, 2, 2.5, 4]
		);
		expect(backlog?.kind === 'lines' && backlog.lines.map((l) => l.sentences)).toEqual([
			['bei gleichen Antragseingängen 100 offene Anträge weniger am 31.12.'],
			['bei gleichen Antragseingängen 200 offene Anträge weniger am 31.12.']
		]);
	});

	it('says when a target is met, the value fehlerhaft, missing, or no side a lever; context KPIs get nothing', () => {
		const met = view(
			'phone_reachability',
			{ calls_answered: 9500, calls_received: 10000 },
			[95, 78, 92.4, 96]
		);
		expect(met?.kind === 'lines' && met.lines.map((l) => [l.met, l.sentences.length])).toEqual([
			[true, 0],
			[false, 1]
		]);
		expect(
			view('phone_reachability', { calls_answered: 12, calls_received: 10 }, [120, 78, 92, 96], {
				erroneous: true
			})
		).toMatchObject({
			kind: 'erroneous'
		});
		expect(view('phone_reachability', {}, [null, 78, 92, 96])).toMatchObject({ kind: 'no_value' });
		expect(
			view('digital_intake_share', { digital_submissions: 10, visits: 90 }, [10, 20, 30, 40])
		).toMatchObject({
			kind: 'no_lever'
		});
		expect(
			view('rejection_rate', { title_applications_rejected: 5, titles_granted: 95 }, [5, 4, 6, 8])
		).toBeNull();
	});

	it('switches to English', () => {
		setLocale('en');
		const phone = view(
			'phone_reachability',
			{ calls_answered: 8000, calls_received: 10000 },
			[80, 78, 92.4, 95]
		);
		// Numbers follow the format module's locale (German until the language switch reaches it).
		expect(phone?.kind === 'lines' && phone.lines[0]!.sentences[0]).toMatch(
			/^with the same calls received 1[.,]240 more calls answered$/
		);
	});

	it('rounds up in the unit’s step, never a whole step for a float’s last bits', () => {
		expect(roundedChange(412.0000000000001, 'count')).toBe(412);
		expect(roundedChange(412.3, 'count')).toBe(413);
		expect(roundedChange(-2.21, 'fte')).toBe(2.3);
		expect(roundedChange(2.2000000000000002, 'fte')).toBe(2.2);
		expect(roundedChange(100000.4, 'eur')).toBe(100001);
	});
});

describe('staffing in words', () => {
	it('lists need, range, current, planned and caseload with their comparison', () => {
		const quartiles = { q1: 120, median: 150, q3: 200, erroneous: null };
		const s = staffingFrom(
			quartiles,
			1800,
			(id) => ({ fte_case_officers: 10, fte_case_officers_planned: 12.5 })[id]
		);
		const v = staffingView(s, 2024);
		expect(v.ok).toBe(true);
		if (!v.ok) return;
		expect(v.intro).toContain('1.800 erledigte Titelanträge im Jahr 2024');
		expect(v.rows.map((r) => [r.id, r.value, r.note])).toEqual([
			['needed', '12,0\u00a0VZÄ', ''],
			['range', '9,0\u00a0VZÄ bis 15,0\u00a0VZÄ', ''],
			['current', '10,0\u00a0VZÄ', 'Bedarf beim Median liegt 2,0\u00a0VZÄ darüber'],
			['planned', '12,5\u00a0VZÄ', 'Bedarf beim Median liegt 0,5\u00a0VZÄ darunter'],
			['caseload', '1.500', '300 weniger als tatsächlich erledigt']
		]);
		expect(v.method).toMatch(/^Methode und Annahmen: Die Fallzahl des Jahres bleibt/);
		const bad = staffingView(
			staffingFrom(
				{
					...quartiles,
					erroneous: [
						{ rule: 'part_exceeds_whole', ids: ['fte_case_officers', 'fte_total'], values: [12, 10] }
					]
				},
				1800,
				() => 10
			),
			2024
		);
		expect(bad.ok && bad.notes).toEqual([
			'Die Ist-VZÄ sind fehlerhaft (Plausibilitätsfehler): Vergleiche mit ihnen entfallen.'
		]);
		expect(
			staffingView(
				staffingFrom(undefined, null, () => undefined),
				2024
			).ok
		).toBe(false);
	});
});
