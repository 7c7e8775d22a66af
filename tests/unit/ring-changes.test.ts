/**
 * What the moderation and Datenstand pages store with a ring, saved from two tabs (two connections to
 * one IndexedDB): a finding status, a member's release and a frozen Datenstand are changes `ring →
 * ring` (`app/ring-changes.ts`), so a tab that saves after another tab's save sets its status on the
 * ring stored there — both survive — or, where the change no longer fits (a Datenstand of values the
 * user never saw), nothing is written and the store keeps the other tab's ring. The stored ring is
 * compared as its ring package bytes.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { findingStatusChange, memberReleasesChange, releaseChange } from '../../src/lib/app/ring-changes.ts';
import { isMember, partChange, writeChange, type RingChange } from '../../src/lib/app/ring-writes.ts';
import { mergeAgendas } from '../../src/lib/sitzung/agenda.ts';
import { freezeRelease } from '../../src/lib/ring/datenstand.ts';
import {
	emptyExtras,
	type Agenda,
	type FindingStatus,
	type RingData
} from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { openRingStore, type RingStore, type StoredRing } from '../../src/lib/ring/store.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';

const ID = 'ring-a';

function ring(values = 4): RingData {
	return {
		ring: {
			meta: {
				format_version: 2,
				name: 'Ring Nord',
				description: '',
				periods: [2023],
				disclosure: 'pseudonymous',
				synthetic: false
			},
			authorities: [
				{ authority_id: '01001', name: 'Flensburg', kind: 'kreisfreie_stadt', state: 'SH' },
				{ authority_id: '09162', name: 'München', kind: 'kreisfreie_stadt', state: 'BY' }
			],
			values: encodeValues(
				Array.from({ length: values }, (_, i) => ({
					authority_id: i % 2 === 0 ? '01001' : '09162',
					period: 2023,
					count_id: `c${i}`,
					value: 10 + i
				}))
			)
		},
		extras: {
			...emptyExtras(),
			pseudonyms: [
				{ authority_id: '01001', label: 'B', pseudonym_id: 'ps-b0000001' },
				{ authority_id: '09162', label: 'A', pseudonym_id: 'ps-a0000001' }
			]
		}
	};
}

const status = (authority_id: string, rule: string, code: FindingStatus['status']): FindingStatus => ({
	authority_id,
	period: 2023,
	rule,
	ids: ['c0'],
	status: code,
	date: '2025-03-12',
	values: [10],
	note: `${rule} geprüft`
});

/** Tab 1's save of something else (a custom group), as another tab does meanwhile. */
const withGroup: RingChange = (data) => ({
	...data,
	extras: { ...data.extras, custom_peer_groups: [{ name: 'Nord', members: ['01001', '09162'] }] }
});

/** Tab 1's import: the values change. */
const withImport: RingChange = (data) => ({ ...data, ring: { ...ring(6).ring, meta: data.ring.meta } });

function ok<T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
	if (!result.ok) throw new Error(result.problem.message);
	return result.value;
}

/** Two tabs on one stored ring, both having read its first revision. */
async function twoTabs(): Promise<{ one: RingStore; two: RingStore; seen: StoredRing }> {
	const idb = new IDBFactory();
	const one = ok(await openRingStore(idb));
	const two = ok(await openRingStore(idb));
	ok(await one.saveRing(ID, ring(), null));
	const seen = ok(await two.readRing(ID))!;
	return { one, two, seen };
}

/** Tab 1 saves `change` on what it read (it saves first, so its save goes through). */
async function firstSave(one: RingStore, seen: StoredRing, change: RingChange): Promise<RingData> {
	const outcome = await writeChange(one, ID, seen, change, true);
	expect(outcome).toMatchObject({ status: 'saved', reapplied: false });
	return change(seen.data)!;
}

const storedBytes = async (store: RingStore) => exportRingZip(ok(await store.loadRing(ID))!);

describe('finding statuses and member releases from two tabs', () => {
	it('a status set in tab B while tab A saves its change is not lost: both are stored', async () => {
		const { one, two, seen } = await twoTabs();
		// Tab B sets a status; tab A, which read the same revision, then saves a group.
		const withStatus = findingStatusChange(status('01001', 'yoy_jump', 'bestaetigt'));
		await firstSave(two, seen, withStatus);
		const outcome = await writeChange(one, ID, seen, withGroup, true);
		expect(outcome).toMatchObject({ status: 'saved', reapplied: true, stored: { revision: 3 } });
		expect(await storedBytes(one)).toEqual(exportRingZip(withGroup(withStatus(ring())!)!));
		const stored = ok(await one.loadRing(ID))!;
		expect(stored.extras.finding_statuses.map((s) => [s.rule, s.status])).toEqual([
			['yoy_jump', 'bestaetigt']
		]);
	});

	it('statuses of different findings set in two tabs both survive; the same finding: the later save wins', async () => {
		const { one, two, seen } = await twoTabs();
		await firstSave(one, seen, findingStatusChange(status('01001', 'yoy_jump', 'bestaetigt')));
		const outcome = await writeChange(
			two,
			ID,
			seen,
			findingStatusChange(status('09162', 'share_range', 'korrigiert')),
			true
		);
		expect(outcome).toMatchObject({ status: 'saved', reapplied: true });
		const both = ok(await one.loadRing(ID))!.extras.finding_statuses;
		expect(both.map((s) => `${s.authority_id} ${s.rule} ${s.status}`).sort()).toEqual([
			'01001 yoy_jump bestaetigt',
			'09162 share_range korrigiert'
		]);
		const again = ok(await one.readRing(ID))!;
		await firstSave(one, again, findingStatusChange(status('01001', 'yoy_jump', 'offen')));
		const last = ok(await two.loadRing(ID))!.extras.finding_statuses;
		expect(last.map((s) => `${s.authority_id} ${s.rule} ${s.status}`).sort()).toEqual([
			'01001 yoy_jump offen',
			'09162 share_range korrigiert'
		]);
	});

	it('member releases of two members from two tabs both survive, sorted', async () => {
		const { one, two, seen } = await twoTabs();
		const release = (authority_id: string) =>
			memberReleasesChange([{ authority_id, period: 2023, state: 'freigegeben', date: '2025-03-12' }]);
		await firstSave(one, seen, release('09162'));
		expect(await writeChange(two, ID, seen, release('01001'), true)).toMatchObject({
			status: 'saved',
			reapplied: true
		});
		expect(ok(await one.loadRing(ID))!.extras.member_releases.map((r) => r.authority_id)).toEqual([
			'01001',
			'09162'
		]);
	});

	it('a whole year released in tab B keeps tab A’s release of another year; a member who left is left out', async () => {
		const { one, two, seen } = await twoTabs();
		const state = (authority_id: string, period: number) =>
			({ authority_id, period, state: 'freigegeben', date: '2025-03-12' }) as const;
		await firstSave(one, seen, memberReleasesChange([state('01001', 2022)]));
		const year = memberReleasesChange([state('01001', 2023), state('09162', 2023), state('05111', 2023)]);
		expect(await writeChange(two, ID, seen, year, true)).toMatchObject({ status: 'saved', reapplied: true });
		const stored = ok(await one.loadRing(ID))!.extras.member_releases;
		expect(stored.map((r) => `${r.authority_id} ${r.period}`)).toEqual([
			'01001 2022',
			'01001 2023',
			'09162 2023'
		]);
	});

	it('a status for a member another tab removed meanwhile is not set: the store keeps that ring', async () => {
		const { one, two, seen } = await twoTabs();
		const withoutMunich: RingChange = (data) => ({
			...data,
			ring: {
				...data.ring,
				authorities: data.ring.authorities.filter((a) => a.authority_id !== '09162'),
				values: encodeValues(decodeValues(data.ring.values).filter((v) => v.authority_id !== '09162'))
			}
		});
		const removed = await firstSave(one, seen, withoutMunich);
		const outcome = await writeChange(
			two,
			ID,
			seen,
			findingStatusChange(status('09162', 'yoy_jump', 'bestaetigt')),
			true
		);
		expect(outcome).toMatchObject({ status: 'conflict', reason: 'not_applicable', current: { revision: 2 } });
		expect(await storedBytes(one)).toEqual(exportRingZip(removed));
	});
});

describe('a Datenstand frozen in one tab while another tab saves', () => {
	async function frozen(seen: StoredRing) {
		const result = await freezeRelease(seen.data, 'Frühjahr', new Date('2025-03-12T09:00:00Z'));
		if (!result.ok) throw new Error(result.reason);
		let added = result.release;
		return {
			release: result.release,
			change: releaseChange(result.release, seen.data, (r) => (added = r)),
			added: () => added
		};
	}

	it('is added on top of a save that left members and values alone (a status, a group)', async () => {
		const { one, two, seen } = await twoTabs();
		const freeze = await frozen(seen);
		const grouped = await firstSave(one, seen, withGroup);
		expect(await writeChange(two, ID, seen, freeze.change, true)).toMatchObject({
			status: 'saved',
			reapplied: true
		});
		const stored = ok(await two.loadRing(ID))!;
		expect(stored.extras.custom_peer_groups).toEqual(grouped.extras.custom_peer_groups);
		expect(stored.extras.releases).toEqual([freeze.release]);
	});

	it('is not added over another tab’s import: values the user never saw are not frozen under their name', async () => {
		const { one, two, seen } = await twoTabs();
		const freeze = await frozen(seen);
		const afterImport = await firstSave(one, seen, withImport);
		const outcome = await writeChange(two, ID, seen, freeze.change, true);
		expect(outcome).toMatchObject({ status: 'conflict', reason: 'not_applicable' });
		expect(await storedBytes(one)).toEqual(exportRingZip(afterImport));
	});

	it('is not added over another tab’s release of a member: release states the user never saw are not frozen', async () => {
		const { one, two, seen } = await twoTabs();
		const freeze = await frozen(seen);
		const released = await firstSave(
			one,
			seen,
			memberReleasesChange([
				{ authority_id: '01001', period: 2023, state: 'freigegeben', date: '2025-03-12' }
			])
		);
		expect(await writeChange(two, ID, seen, freeze.change, true)).toMatchObject({
			status: 'conflict',
			reason: 'not_applicable'
		});
		expect(await storedBytes(one)).toEqual(exportRingZip(released));
	});

	it('is not added twice when the other tab froze the same state; takes the next id when its id was taken', async () => {
		const { one, two, seen } = await twoTabs();
		const freeze = await frozen(seen);
		const twin = await frozen(seen);
		await firstSave(one, seen, twin.change);
		expect(await writeChange(two, ID, seen, freeze.change, true)).toMatchObject({
			status: 'conflict',
			reason: 'not_applicable'
		});

		const fresh = await twoTabs();
		const mine = await frozen(fresh.seen);
		// Another tab stored a Datenstand under the same id, of other values (frozen before a revert).
		const other = {
			...mine.release,
			hash: '0'.repeat(64),
			values_csv: 'authority_id,period,count_id,value\n'
		};
		await firstSave(fresh.one, fresh.seen, (d) => ({ ...d, extras: { ...d.extras, releases: [other] } }));
		expect(await writeChange(fresh.two, ID, fresh.seen, mine.change, true)).toMatchObject({
			status: 'saved'
		});
		const ids = ok(await fresh.one.loadRing(ID))!.extras.releases.map((r) => r.id);
		expect(ids).toEqual([mine.release.id, mine.added().id]);
		expect(mine.added().id).not.toBe(mine.release.id);
	});
});

describe('parts edited in two tabs (scenarios, report texts, agendas)', () => {
	const scenario = (name: string) => ({
		name,
		authority_id: '01001',
		period: 2023,
		peers: 'ring',
		changes: [{ count_id: 'c0', mode: 'set' as const, value: 12 }]
	});
	const addScenario = (name: string) =>
		partChange('scenarios', (list, data) =>
			isMember(data, '01001') ? [...list.filter((x) => x.name !== name), scenario(name)] : null
		);

	it('a scenario saved in each tab: both kept', async () => {
		const { one, two, seen } = await twoTabs();
		await firstSave(one, seen, addScenario('Mehr Personal'));
		expect(await writeChange(two, ID, seen, addScenario('Weniger Anträge'), true)).toMatchObject({
			status: 'saved',
			reapplied: true
		});
		const names = ok(await one.loadRing(ID))!.extras.scenarios.map((x) => x.name);
		expect(names.sort()).toEqual(['Mehr Personal', 'Weniger Anträge']);
	});

	it('agendas: edits merged into the agendas as stored — added, changed and deleted here, the rest as there', () => {
		const agenda = (name: string, notes = ''): Agenda => ({
			name,
			slides: [{ type: 'text', heading: name, lines: [], notes }]
		});
		const base = [agenda('A'), agenda('B'), agenda('C')];
		// Here: A changed, B deleted, D added. There: C changed, E added, B changed.
		const mine = [agenda('A', 'hier'), agenda('C'), agenda('D')];
		const current = [agenda('A'), agenda('B', 'dort'), agenda('C', 'dort'), agenda('E')];
		expect(mergeAgendas(base, mine, current)).toEqual([
			agenda('A', 'hier'),
			agenda('C', 'dort'),
			agenda('D'),
			agenda('E')
		]);
		// Nothing changed elsewhere: exactly the draft.
		expect(mergeAgendas(base, mine, base)).toEqual(mine);
		// The same agenda edited in both tabs: the later save (this one) wins.
		expect(mergeAgendas(base, [agenda('A', 'hier')], [agenda('A', 'dort')])).toEqual([agenda('A', 'hier')]);
	});
});
