/**
 * „vorläufig“ (issue 29): which values rest on unreleased member-periods — nothing in a ring without
 * release states, every unreleased member-period once the step is used — carried as codes by the view
 * models (ranking, trend, scatter, size classes, overview CSV) and worded from the catalogue; and a
 * Datenstand keeps the release states it was frozen with (package round trip, strict reader).
 */
import { word } from '../../src/lib/i18n/messages.ts';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { overviewCsv } from '../../src/lib/dashboard/csv.ts';
import { rankingData, scatterData, sizeClassData, trendData } from '../../src/lib/dashboard/kpi-view.ts';
import type { KpiViewData } from '../../src/lib/engine/views.ts';
import {
	isProvisional,
	releaseCounts,
	releaseState,
	viewProvisional
} from '../../src/lib/ring/release-state.ts';
import { provisionalNote, trendNote, valuesNote } from '../../src/lib/moderation/release-text.ts';
import { freezeRelease } from '../../src/lib/ring/datenstand.ts';
import { completeRingData } from '../../src/lib/ring/package/complete.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { emptyExtras, type MemberRelease, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';
import { encodeValues } from '../../src/lib/ring/value-columns.ts';

const rel = (authority_id: string, period: number, state: MemberRelease['state']): MemberRelease => ({
	authority_id,
	period,
	state,
	date: '2025-03-20'
});

const value = (
	authority_id: string,
	period: number,
	kpi_id: string,
	v: number,
	size: string | null = 'GK2'
) => ({
	authority_id,
	period,
	kpi_id,
	value: v,
	size_class: size,
	in_group: true,
	erroneous: false
});

const data: KpiViewData = {
	values: [
		value('own', 2023, 'k', 5),
		value('p1', 2023, 'k', 3),
		value('p2', 2023, 'k', 7, 'GK3'),
		value('own', 2022, 'k', 4),
		value('p1', 2022, 'k', 4),
		value('own', 2023, 'o', 50),
		value('p1', 2023, 'o', 10)
	],
	periods: [
		{ period: 2022, n: 2, min: 4, q1: 4, median: 4, q3: 4, max: 4 },
		{ period: 2023, n: 3, min: 3, q1: 4, median: 5, q3: 6, max: 7 }
	],
	sizeClasses: [
		{ size_class: 'GK2', n: 2, min: 3, q1: 3.5, median: 4, q3: 4.5, max: 5 },
		{ size_class: 'GK3', n: 1, min: 7, q1: 7, median: 7, q3: 7, max: 7 }
	],
	baseCounts: [],
	counts: []
};
const name = (id: string) => id;

describe('release state', () => {
	it('a ring without any release state marks nothing', () => {
		const none = releaseState([]);
		expect(isProvisional(none, 'own', 2023)).toBe(false);
		expect(viewProvisional(none, 'own', 2023, ['own', 'p1', 'p2'])).toEqual({ own: false, group: 0, of: 3 });
		expect(provisionalNote(viewProvisional(none, 'own', 2023, ['own']), 'Amt', 2023)).toBe('');
		expect(rankingData(data, { id: 'k' }, 2023, 'own', name, none).some((r) => r.provisional)).toBe(false);
	});

	it('once any state is set, every member-period not released is vorläufig (Entwurf rows too)', () => {
		const state = releaseState([rel('own', 2023, 'freigegeben'), rel('p1', 2023, 'entwurf')]);
		expect(isProvisional(state, 'own', 2023)).toBe(false);
		expect(isProvisional(state, 'p1', 2023)).toBe(true);
		expect(isProvisional(state, 'p2', 2023)).toBe(true); // no row: Entwurf
		expect(isProvisional(state, 'own', 2022)).toBe(true); // an earlier year without a row
		const view = viewProvisional(state, 'own', 2023, ['own', 'p1', 'p2']);
		expect(view).toEqual({ own: false, group: 2, of: 3 });
		expect(provisionalNote(view, 'Amt', 2023)).toBe(
			'Vorläufig: 2 der 3 Mitglieder der Vergleichsgruppe haben für 2023 noch nicht freigegebene Daten (Entwurf); Median, Quartile, Rang und Position sind vorläufig.'
		);
		expect(provisionalNote(viewProvisional(state, 'p1', 2023, ['p1']), 'Behörde B', 2023)).toBe(
			'Vorläufig: Die Daten von Behörde B für 2023 sind noch nicht freigegeben (Entwurf).'
		);
	});

	it('the KPI view models carry the code on every value', () => {
		const state = releaseState([rel('own', 2023, 'freigegeben'), rel('p1', 2022, 'freigegeben')]);
		const ranking = rankingData(data, { id: 'k' }, 2023, 'own', name, state);
		expect(ranking.map((r) => [r.label, r.provisional])).toEqual([
			['own', false],
			['p1', true],
			['p2', true]
		]);
		const trend = trendData(data, 'k', 'own', state, ['own', 'p1', 'p2']);
		expect(trend.map((p) => [p.period, p.ownProvisional, p.groupProvisional])).toEqual([
			[2022, true, 1],
			[2023, false, 2]
		]);
		expect(trendNote([2022, 2023])).toBe(
			'Vorläufig: In 2022, 2023 beruhen Werte auf noch nicht freigegebenen Daten (Entwurf).'
		);
		const scatter = scatterData(data, 'k', 'o', 2023, 'own', name, state);
		expect(scatter.points.map((p) => p.provisional)).toEqual([false, true]);
		const sizes = sizeClassData(data, 'k', 2023, 'own', name, ['GK3', 'GK2'], 'ohne', state);
		expect(sizes.boxes.map((b) => [b.sizeClass, b.provisional])).toEqual([
			['GK3', 1],
			['GK2', 1]
		]);
		expect(valuesNote(2, 3)).toBe(
			'Vorläufig: 2 der 3 gezeigten Werte beruhen auf noch nicht freigegebenen Daten (Entwurf).'
		);
		expect(valuesNote(0, 3)).toBe('');
	});

	it('the overview CSV says for each row whether the own and the group values are vorläufig', () => {
		const catalogue = loadCatalogue();
		const kpi = catalogue.kpis[0]!;
		const row = {
			kpi_id: kpi.id,
			own_value: 1,
			median: 2,
			kpi
		} as unknown as Parameters<typeof overviewCsv>[0][number]['rows'][number];
		const field = { field: catalogue.fields[0]!, rows: [row] };
		const csv = (own: boolean, group: number) => {
			const { header, rows } = overviewCsv([field], { authority: 'A', period: 2023, group: 'G' }, catalogue, {
				own,
				group,
				of: 5
			});
			return [
				rows[0]![header.indexOf('Eigener Wert vorläufig')],
				rows[0]![header.indexOf('Gruppenwerte vorläufig')]
			];
		};
		expect(csv(true, 2)).toEqual(['ja', 'ja']);
		expect(csv(false, 0)).toEqual(['', '']);
	});

	it('counts released member-periods per year', () => {
		const mp = [
			{ authority_id: 'a', period: 2023 },
			{ authority_id: 'a', period: 2023 },
			{ authority_id: 'b', period: 2023 },
			{ authority_id: 'a', period: 2024 }
		];
		expect(releaseCounts(mp, [rel('a', 2023, 'freigegeben'), rel('b', 2023, 'entwurf')])).toEqual([
			{ period: 2023, released: 1, total: 2 },
			{ period: 2024, released: 0, total: 1 }
		]);
	});
});

function ring(releases: MemberRelease[]): RingData {
	return completeRingData({
		ring: {
			meta: {
				format_version: 2,
				name: 'Ring',
				description: '',
				periods: [2024],
				disclosure: 'pseudonymous',
				synthetic: true
			},
			authorities: [
				{ authority_id: '01001', name: 'Flensburg', kind: 'kreisfreie_stadt', state: 'SH' },
				{ authority_id: '01002', name: 'Kiel', kind: 'kreisfreie_stadt', state: 'SH' }
			],
			values: encodeValues([
				{ authority_id: '01001', period: 2024, count_id: 'population', value: 90000 },
				{ authority_id: '01002', period: 2024, count_id: 'population', value: 240000 }
			])
		},
		extras: { ...emptyExtras(), member_releases: releases }
	});
}

describe('a Datenstand holds the release states it was frozen with', () => {
	it('freezes them, refuses a second freeze only when states are unchanged too, and round-trips them', async () => {
		const first = await freezeRelease(
			ring([rel('01001', 2024, 'freigegeben')]),
			'März',
			new Date('2025-03-12T09:00:00Z')
		);
		if (!first.ok) throw new Error(first.reason);
		expect(first.release.member_releases).toEqual([rel('01001', 2024, 'freigegeben')]);
		expect((await freezeRelease(first.data, 'nochmal')).ok).toBe(false);
		const released = {
			...first.data,
			extras: {
				...first.data.extras,
				member_releases: [rel('01001', 2024, 'freigegeben'), rel('01002', 2024, 'freigegeben')]
			}
		};
		const second = await freezeRelease(released, 'April', new Date('2025-04-01T08:00:00Z'));
		expect(second.ok).toBe(true);
		if (!second.ok) return;
		const zip = exportRingZip(second.data);
		const files = unzipSync(zip);
		const id = second.release.id;
		expect(new TextDecoder().decode(files[`ring/releases/${id}/member_releases.csv`])).toBe(
			'authority_id,period,state,date\n01001,2024,freigegeben,2025-03-20\n01002,2024,freigegeben,2025-03-20\n'
		);
		const opened = await openRingZip(zip, SPECS);
		expect(opened.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(opened.data?.extras.releases.map((r) => r.member_releases?.length)).toEqual([1, 2]);
		expect(exportRingZip(opened.data!)).toEqual(zip);
	});

	it('a Datenstand without release states writes no file; a stranger in the file is refused', async () => {
		const plain = await freezeRelease(ring([]), 'März');
		if (!plain.ok) throw new Error(plain.reason);
		const files = unzipSync(exportRingZip(plain.data));
		expect(Object.keys(files).filter((f) => f.endsWith('member_releases.csv'))).toEqual([]);
		const frozen = await freezeRelease(ring([rel('01001', 2024, 'freigegeben')]), 'März');
		if (!frozen.ok) throw new Error(frozen.reason);
		const zipped = unzipSync(exportRingZip(frozen.data));
		const path = `ring/releases/${frozen.release.id}/member_releases.csv`;
		zipped[path] = new TextEncoder().encode(
			'authority_id,period,state,date\n09999,2024,freigegeben,2025-03-20\n'
		);
		const opened = await openRingZip(zipSync(zipped), SPECS);
		expect(opened.data).toBeNull();
		expect(opened.problems.map((p) => word(p.message)).join('\n')).toMatch(
			/Behörde „09999“ hat einen Freigabestand in diesem Datenstand/
		);
	});
});
