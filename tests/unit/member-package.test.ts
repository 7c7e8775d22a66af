/**
 * Packages the moderator hands out (issue 29), on the demo ring:
 * - „nur freigegebene Daten“ holds exactly the released member-periods and says so in ring.json;
 * - a member package holds no other member's name or real key anywhere in the zip, keeps each
 *   other member's pseudonym key the same in every member's package, is read back by the package
 *   reader (re-keyed peer groups included), and gives the same peer groups as the full ring — also
 *   with population rounded to 1,000, because it carries the size classes;
 * - of the what-if scenarios only the member's own travel, named and described without another member's
 *   name, their peer group followed when it was renamed (the package still opens).
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { memberPackage, type MemberPackageOptions } from '../../src/lib/moderation/member-package.ts';
import { releasedOnly } from '../../src/lib/moderation/released-only.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { engineRing, type MemberRelease, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { openTestConnector } from './support/engine.ts';
import { decodeValues, encodeValues, valueCount } from '../../src/lib/ring/value-columns.ts';

const catalogue = loadCatalogue();
const specs = catalogue.base_counts.map(({ id, kind, label }) => ({ id, kind, label }));
const OPTIONS: MemberPackageOptions = {
	releasedOnly: false,
	round: false,
	prefix: 'Behörde',
	neutralName: (n) => `Gruppe ${n}`,
	neutralRing: 'Vergleichsring'
};
const KIEL = '01002';

let demo: RingData;
let conn: Connector;

beforeAll(async () => {
	const read = await readRingFromPath('data-samples/demo-ring', specs);
	if (!read.data) throw new Error('demo ring unreadable');
	const released: MemberRelease[] = read.data.ring.authorities.flatMap((a, i) =>
		[2023, 2024].map((period) => ({
			authority_id: a.authority_id,
			period,
			state: (i + period) % 3 === 0 ? ('entwurf' as const) : ('freigegeben' as const),
			date: '2025-03-20'
		}))
	);
	const ids = read.data.ring.authorities.map((a) => a.authority_id);
	// Kiel just under the GK2 boundary in 2024: rounded to 1,000 it would look like GK2.
	const values = encodeValues(
		decodeValues(read.data.ring.values).map((v) =>
			v.authority_id === KIEL && v.period === 2024 && v.count_id === 'population'
				? { ...v, value: 199_600 }
				: v
		)
	);
	demo = {
		ring: { ...read.data.ring, values },
		extras: {
			...read.data.extras,
			member_releases: released,
			custom_peer_groups: [
				{ name: 'Nordlichter', members: [KIEL, '01001', '02000'] },
				{ name: 'Kiel und Flensburg', members: [KIEL, '01001'] }
			],
			scenarios: [
				{
					name: 'Wie Flensburg',
					authority_id: KIEL,
					period: 2024,
					peers: 'custom:Kiel und Flensburg',
					description: 'Flensburg als Vorbild',
					changes: [{ count_id: 'fte_case_officers', mode: 'add', value: 2 }]
				},
				{
					name: 'Nord',
					authority_id: KIEL,
					period: 2024,
					peers: 'custom:Nordlichter',
					description: 'eigene',
					changes: []
				},
				{ name: 'Flensburgs Plan', authority_id: '01001', period: 2024, peers: 'size', changes: [] }
			],
			finding_statuses: [
				{
					authority_id: '01001',
					period: 2024,
					rule: 'large_change',
					ids: ['visits'],
					status: 'rueckfrage',
					date: '2025-03-14',
					values: [1, 2],
					note: 'Flensburg ruft zurück'
				}
			]
		}
	};
	expect(ids).toContain(KIEL);
	conn = await openTestConnector();
});
afterAll(async () => conn?.close());

const mp = (v: { authority_id: string; period: number }) => `${v.authority_id}|${v.period}`;

async function zipFiles(data: RingData): Promise<Record<string, string>> {
	const files = unzipSync(exportRingZip(data));
	return Object.fromEntries(Object.entries(files).map(([p, b]) => [p, new TextDecoder().decode(b)]));
}

describe('nur freigegebene Daten', () => {
	it('holds exactly the released member-periods, and ring.json says so', async () => {
		const out = releasedOnly(demo);
		const expected = new Set(demo.extras.member_releases.filter((r) => r.state === 'freigegeben').map(mp));
		const withValues = new Set(decodeValues(demo.ring.values).map(mp));
		const opened = await openRingZip(exportRingZip(out.data), specs);
		expect(opened.problems.filter((p) => p.severity === 'error')).toEqual([]);
		const held = new Set(decodeValues(opened.data!.ring.values).map(mp));
		expect([...held].sort()).toEqual([...expected].filter((k) => withValues.has(k)).sort());
		expect(out.kept).toBe(held.size);
		expect(out.total).toBe(withValues.size);
		expect(opened.data!.extras.scope).toEqual({ released_only: true });
		const json = JSON.parse((await zipFiles(out.data))['demo-vergleichsring-auslaenderbehoerden/ring.json']!);
		expect(json.scope).toEqual({ released_only: true });
		// The demo's Datenstand had no release states: it holds draft values and stays behind.
		expect(out.droppedReleases).toEqual(['2024-1']);
		expect(opened.data!.extras.releases).toEqual([]);
		// Statuses of unreleased member-periods stay behind too.
		expect(opened.data!.extras.finding_statuses.every((s) => expected.has(mp(s)))).toBe(true);
	});

	it('a ring without release states hands out nothing', () => {
		const out = releasedOnly({ ...demo, extras: { ...demo.extras, member_releases: [] } });
		expect(out.kept).toBe(0);
		expect(valueCount(out.data.ring.values)).toBe(0);
	});
});

describe('member packages', () => {
	it('name no other member and hold no other real key, anywhere in the zip', async () => {
		const made = await memberPackage(demo, KIEL, catalogue.size_classes, OPTIONS);
		if (!made.ok) throw new Error(made.reason);
		const files = await zipFiles(made.data);
		const text = Object.entries(files)
			.map(([p, t]) => `${p}\n${t}`)
			.join('\n');
		const tokens = new Set(text.split(/[\s,"/|:;()[\]{}]+/));
		for (const a of demo.ring.authorities) {
			if (a.authority_id === KIEL) continue;
			expect(tokens.has(a.authority_id), `real key ${a.authority_id}`).toBe(false);
			for (const part of [a.name, a.name.split(',')[0]!.trim()])
				expect(text.toLowerCase().includes(part.toLowerCase()), `name ${part}`).toBe(false);
		}
		expect(text).toContain('Kiel, Landeshauptstadt');
		expect(tokens.has(KIEL)).toBe(true);
		// A group named after others is renamed; notes on other members stay behind.
		expect(made.data.extras.custom_peer_groups.map((g) => g.name)).toEqual(['Nordlichter', 'Gruppe 1']);
		expect(made.data.extras.finding_statuses).toEqual([]);
		expect(made.data.extras.scenarios).toEqual([
			{
				name: 'Gruppe 2',
				authority_id: KIEL,
				period: 2024,
				peers: 'custom:Gruppe 1',
				changes: [{ count_id: 'fte_case_officers', mode: 'add', value: 2 }]
			},
			{
				name: 'Nord',
				authority_id: KIEL,
				period: 2024,
				peers: 'custom:Nordlichter',
				description: 'eigene',
				changes: []
			}
		]);
		expect(made.data.extras.scope).toEqual({ released_only: false, member: KIEL });
	});

	it('give every other member the same pseudonym key in every package; the reader accepts them', async () => {
		const a = await memberPackage(demo, KIEL, catalogue.size_classes, OPTIONS);
		const b = await memberPackage(demo, '05315', catalogue.size_classes, OPTIONS);
		if (!a.ok || !b.ok) throw new Error('not made');
		const keyOf = (d: RingData, label: string) =>
			d.extras.pseudonyms.find((e) => e.label === label)!.authority_id;
		const hamburg = demo.extras.pseudonyms.find((e) => e.authority_id === '02000')!;
		expect(keyOf(a.data, hamburg.label)).toBe(hamburg.pseudonym_id);
		expect(keyOf(b.data, hamburg.label)).toBe(hamburg.pseudonym_id);
		const opened = await openRingZip(exportRingZip(a.data), specs);
		expect(opened.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(opened.data?.extras.scenarios.map((sc) => sc.peers)).toEqual([
			'custom:Gruppe 1',
			'custom:Nordlichter'
		]);
		expect(opened.data?.extras.custom_peer_groups[0]!.members).toEqual([
			KIEL,
			demo.extras.pseudonyms.find((e) => e.authority_id === '01001')!.pseudonym_id,
			hamburg.pseudonym_id
		]);
		expect(opened.data?.ring.authorities.find((x) => x.authority_id === hamburg.pseudonym_id)).toMatchObject({
			name: `Behörde ${hamburg.label}`,
			kind: 'region',
			state: 'HH'
		});
	});

	it('give the full ring’s peer groups, also with population rounded to 1,000', async () => {
		const made = await memberPackage(demo, KIEL, catalogue.size_classes, { ...OPTIONS, round: true });
		if (!made.ok) throw new Error(made.reason);
		const back = (await openRingZip(exportRingZip(made.data), specs)).data!;
		const populations = decodeValues(back.ring.values).filter((v) => v.count_id === 'population');
		expect(populations.every((v) => v.value % 1000 === 0)).toBe(true);
		expect(back.extras.scope.rounded).toEqual(['foreign_population', 'population']);
		const engine = createEngine(conn, catalogue);
		const real = new Map(demo.extras.pseudonyms.map((e) => [e.pseudonym_id!, e.authority_id]));
		for (const spec of [{ type: 'size' }, { type: 'kind_size' }, { type: 'state' }] as const) {
			await engine.loadRing(demo.ring);
			const full = await engine.peerGroup(KIEL, 2024, spec);
			await engine.loadRing(engineRing(back));
			const pkg = await engine.peerGroup(KIEL, 2024, spec);
			expect(pkg.members.map((id) => real.get(id) ?? id).sort()).toEqual([...full.members].sort());
		}
		// The package carries a class per member-period; without them rounding would move Kiel to GK2.
		expect(back.extras.size_classes.length).toBe(new Set(decodeValues(back.ring.values).map(mp)).size);
		await engine.loadRing(back.ring);
		expect((await engine.peerGroup(KIEL, 2024, { type: 'size' })).size_class).toBe('GK2');
		await engine.loadRing(engineRing(back));
		expect((await engine.peerGroup(KIEL, 2024, { type: 'size' })).size_class).toBe('GK3');
	});

	it('are refused for a named ring and without pseudonym keys', async () => {
		const named = {
			...demo,
			ring: { ...demo.ring, meta: { ...demo.ring.meta, disclosure: 'named' as const } }
		};
		expect(await memberPackage(named, KIEL, catalogue.size_classes, OPTIONS)).toEqual({
			ok: false,
			reason: 'named_ring'
		});
		const keyless = {
			...demo,
			extras: {
				...demo.extras,
				pseudonyms: demo.extras.pseudonyms.map(({ authority_id, label }) => ({ authority_id, label }))
			}
		};
		expect(await memberPackage(keyless, KIEL, catalogue.size_classes, OPTIONS)).toEqual({
			ok: false,
			reason: 'no_keys'
		});
	});
});
