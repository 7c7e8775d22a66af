/**
 * Export → import gives the identical ring: a property test over generated rings, plus the ways a
 * package must fail as a whole (newer version, broken zip, broken extras).
 */
import { word, type Message } from '../../src/lib/i18n/messages.ts';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import type { CountSpec } from '../../src/lib/ingest/types.ts';
import { canonicalFiles, normaliseRing } from '../../src/lib/ring/package/canonical.ts';
import {
	emptyExtras,
	FINDING_STATUSES,
	MEMBER_RELEASE_STATES,
	type RingData,
	WHOLE_RING
} from '../../src/lib/ring/package/types.ts';
import { prng } from './support/prng.ts';
import { generateScenarios } from './support/scenarios.ts';
import { compareMemberReleases, compareStatuses } from '../../src/lib/ring/package/parts/moderation.ts';
import { exportRingZip, RING_ZIP_MTIME, ringZipEntries } from '../../src/lib/ring/package/zip.ts';
import { openRingPackage, openRingZip } from '../../src/lib/ring/package/open.ts';
import { labelAt } from '../../src/lib/ring/package/pseudonym-map.ts';
import { decodeValues, encodeValues, valueCount } from '../../src/lib/ring/value-columns.ts';
import { plainData, plainRing } from './support/plain-ring.ts';
import { ringOpenResult } from '../../src/lib/ring/worker-client.ts';
import { answer } from '../../src/lib/ring/worker-requests.ts';
import {
	AUTHORITY_KINDS,
	STATE_CODES,
	type Authority,
	type BaseValue,
	type Provenance
} from '../../src/lib/ring/types.ts';

/** A problem's message as the CLI words it (German); problems carry keys and parameters. */
const say = (p: { message: Message } | undefined): string => (p ? word(p.message) : '');

const specs: CountSpec[] = loadCatalogue().base_counts.map(({ id, kind, label }) => ({ id, kind, label }));
const integerSpecs = specs.filter((s) => s.kind === 'count' || s.kind === 'days' || s.kind === 'minutes');
const decimalSpecs = specs.filter((s) => s.kind === 'fte' || s.kind === 'eur');
type Rng = ReturnType<typeof prng>;

const WORDS = [
	'Landkreis',
	'Stadt',
	'Öhringen',
	'Müller, Amt',
	'"Zentral"',
	'Straße\nHaus 2',
	'Süd|Nord',
	'A;B',
	'Ärger',
	'x'
];
const text = (rng: Rng, words: number) =>
	Array.from({ length: words }, () => rng.pick(WORDS))
		.join(rng.pick([' ', ', ', '-']))
		.trim();

function authorityId(rng: Rng): string {
	if (rng.chance(0.1)) return `ABH-${rng.pick(['Süd', 'Nord, Ost', 'Mitte'])}-${rng.int(1, 99)}`;
	const digits = rng.chance(0.7) ? 5 : 8;
	return String(rng.int(0, 10 ** digits - 1)).padStart(digits, '0');
}

/** Values of every shape, including dot-ambiguous ones like `1.234` that only the declared format resolves. */
function value(rng: Rng, decimal: boolean): number {
	if (!decimal) return rng.pick([0, 1, 7, 1000, 123456, 9007199254740991, rng.int(0, 5_000_000)]);
	return rng.pick([
		0,
		0.1,
		1e-7,
		123456789.25,
		12.5,
		0.125,
		1.234,
		12.375,
		rng.int(0, 10 ** 7) / 100,
		rng.next() * 1000
	]);
}

function source(rng: Rng): Provenance | undefined {
	if (rng.chance(0.4)) return undefined;
	const file = rng.pick([
		'export.csv',
		'ADVIS Export, 2023 "final".csv',
		'Zählung\nalt.csv',
		'counts/base_values.csv'
	]);
	return { file, line: rng.int(1, 100_000), column: rng.int(1, 60) };
}

function generateRing(seed: number): RingData {
	const rng = prng(seed);
	const ids = new Set<string>();
	const n = rng.int(0, 8);
	while (ids.size < n) ids.add(authorityId(rng));
	const authorities: Authority[] = [...ids].map((authority_id) => ({
		authority_id,
		name: text(rng, rng.int(1, 3)),
		kind: rng.pick(AUTHORITY_KINDS),
		state: rng.pick(STATE_CODES)
	}));
	const periods = [2019, 2020, 2021, 2022, 2023, 2024, 2025].filter(() => rng.chance(0.4));
	if (periods.length === 0) periods.push(2024);
	const values: BaseValue[] = [];
	for (const a of authorities)
		for (const period of periods)
			for (const spec of [
				...rng.pick([integerSpecs, decimalSpecs]).slice(0, rng.int(0, 6)),
				rng.pick(specs)
			]) {
				if (
					rng.chance(0.15) ||
					values.some(
						(v) => v.authority_id === a.authority_id && v.period === period && v.count_id === spec.id
					)
				)
					continue; // missing value
				const src = source(rng);
				const base = {
					authority_id: a.authority_id,
					period,
					count_id: spec.id,
					value: value(rng, decimalSpecs.includes(spec))
				};
				values.push(src ? { ...base, source: src } : base);
			}
	const members = [...ids].filter(() => rng.chance(0.5));
	// A stored map: members in a seeded order, sometimes with a former member holding a label.
	const order = [...ids, ...(rng.chance(0.3) ? ['ehemals-1'] : [])].sort(() => rng.next() - 0.5);
	const pseudonyms = order
		.map((authority_id, i) => ({
			authority_id,
			label: labelAt(i),
			pseudonym_id: `ps-${String(seed).padStart(4, '0')}${'abcdefghjk'[i % 10]}${'mnpqrstvwx'[Math.floor(i / 10) % 10]}xy`
		}))
		.sort((a, b) => (a.authority_id < b.authority_id ? -1 : a.authority_id > b.authority_id ? 1 : 0));
	return {
		ring: {
			meta: {
				format_version: 1,
				name: text(rng, rng.int(1, 4)),
				description: rng.chance(0.5) ? '' : text(rng, 6),
				periods: [...periods].reverse(),
				disclosure: rng.pick(['named', 'pseudonymous'] as const),
				synthetic: rng.chance(0.5)
			},
			authorities,
			values: encodeValues(values.reverse())
		},
		extras: {
			mapping_profiles: rng.chance(0.5)
				? [
						{
							format: 'vergleichsring-mapping',
							version: 1,
							name: text(rng, 2),
							headers: {
								Gemeindeschlüssel: 'authority_id',
								Jahr: 'period',
								[text(rng, 2)]: rng.pick(specs).id
							},
							number_format: rng.pick(['de', 'en'] as const)
						}
					]
				: [],
			custom_peer_groups: members.length > 0 ? [{ name: text(rng, 2), members }] : [],
			settings: rng.chance(0.5)
				? {}
				: { own: rng.pick([...ids, null]) ?? null, peers: 'size', kpis: ['a', 'b'], scale: { x: 0.1 } },
			pseudonyms,
			releases: [],
			// Statuses and releases with notes that need quoting, nulls, and former members.
			finding_statuses: values
				.filter(() => rng.chance(0.05))
				.map((v) => ({
					authority_id: v.authority_id,
					period: v.period,
					rule: rng.pick(['part_exceeds_whole', 'large_change']),
					ids: [v.count_id],
					status: rng.pick(FINDING_STATUSES),
					date: '2025-03-0' + rng.int(1, 9),
					values: [rng.chance(0.2) ? null : v.value, v.value],
					note: rng.chance(0.5) ? '' : `${text(rng, 3)}, "geprüft"\nZeile 2`
				}))
				.sort(compareStatuses),
			member_releases: [...ids]
				.filter(() => rng.chance(0.4))
				.map((authority_id) => ({
					authority_id,
					period: rng.pick(periods),
					state: rng.pick(MEMBER_RELEASE_STATES),
					date: '2025-12-31'
				}))
				.sort(compareMemberReleases),
			report_texts: [],
			scenarios: generateScenarios(rng, specs, [...ids], periods),
			agendas: [],
			// A member package's scope and carried size classes (issue 29), sometimes.
			scope: rng.chance(0.5)
				? WHOLE_RING
				: {
						released_only: rng.chance(0.5),
						...(ids.size && rng.chance(0.5) ? { member: rng.pick([...ids]) } : {}),
						...(rng.chance(0.5) ? { rounded: ['foreign_population', 'population'] } : {})
					},
			size_classes: rng.chance(0.5)
				? []
				: [...ids]
						.sort()
						.flatMap((authority_id) =>
							periods.map((period) => ({ authority_id, period, size_class: rng.pick(['GK1', 'GK3', 'GK5']) }))
						)
		}
	};
}

describe('ring package round trip (property)', () => {
	it.each(Array.from({ length: 50 }, (_, i) => 1000 + i))(
		'seed %i: export → import gives the identical ring',
		async (seed) => {
			const data = generateRing(seed);
			const zip = exportRingZip(data);
			const back = await openRingZip(zip, specs);
			const expected = valueCount(data.ring.values) > 0 ? [] : ['no_counts'];
			expect(back.problems.map((p) => `${p.code}: ${say(p)}`)).toEqual(
				expected.map((c) => expect.stringContaining(c))
			);
			expect(plainData(back.data)).toEqual({
				ring: plainRing(normaliseRing(data.ring)),
				extras: data.extras
			});
			if (!back.data) return;
			expect(exportRingZip(back.data)).toEqual(zip);
		}
	);
});

describe('zipping in the ingest worker (the page exports rings and templates so)', () => {
	it('the worker answer is the zip the CLI writes, byte for byte', async () => {
		const data = generateRing(7);
		const { reply, transfer } = await answer({
			type: 'zip',
			entries: ringZipEntries(data),
			mtime: RING_ZIP_MTIME
		});
		const back = structuredClone(reply);
		expect(back.type === 'zip' && back.bytes).toEqual(exportRingZip(data));
		expect(transfer).toHaveLength(1);
	});
});

describe('opening ring packages in the ingest worker (the page does)', () => {
	it.each(Array.from({ length: 50 }, (_, i) => 1000 + i))(
		'seed %i: the worker answer, values sent as columns, is exactly what openRingZip returns',
		async (seed) => {
			const zip = exportRingZip(generateRing(seed));
			const { reply } = await answer({ type: 'open-ring', source: { zip }, specs, options: { name: 'x' } });
			expect(ringOpenResult(structuredClone(reply))).toStrictEqual(
				await openRingZip(zip, specs, { name: 'x' })
			);
		}
	);

	it('reports a broken package the same way', async () => {
		const bytes = strToU8('not a zip');
		const { reply } = await answer({ type: 'open-ring', source: { zip: bytes }, specs, options: {} });
		expect(ringOpenResult(reply)).toStrictEqual(await openRingZip(bytes, specs));
	});
});

function zipOf(files: Record<string, string>): Uint8Array {
	return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
}

const AUTH = 'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n';

describe('opening ring packages', () => {
	it('refuses a package from a newer format version as a whole', async () => {
		const result = await openRingZip(
			zipOf({ 'ring.json': '{"format_version": 3}', 'authorities.csv': AUTH }),
			specs
		);
		expect(result.data).toBeNull();
		expect(result.problems[0]?.code).toBe('unsupported_version');
		expect(say(result.problems[0])).toMatch(/Versionen 1 und 2.*App aktualisieren/);
	});

	it('refuses a broken zip with a German message', async () => {
		const result = await openRingZip(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), specs);
		expect(result.data).toBeNull();
		expect(result.problems.map((p) => p.code)).toEqual(['bad_zip']);
	});

	it('refuses broken extras instead of opening half a ring', async () => {
		const bad = async (json: string) =>
			(await openRingZip(zipOf({ 'r/ring.json': json, 'r/authorities.csv': AUTH }), specs)).problems.filter(
				(p) => p.severity === 'error'
			);
		expect(say((await bad('{"custom_peer_groups": [{"name": "G", "members": ["09162"]}]}'))[0])).toMatch(
			/Vergleichsgruppe „G“ nennt Behörde „09162“/
		);
		expect((await bad('{"settings": [1]}'))[0]?.code).toBe('bad_ring_json');
		expect((await bad('{"mapping_profiles": [{"format": "x"}]}'))[0]?.code).toBe('bad_ring_json');
	});

	it('refuses a broken provenance.csv', async () => {
		const files = {
			'ring.json': '{}',
			'authorities.csv': AUTH,
			'counts/base_values.csv': 'authority_id,period,count_id,value\n01001,2023,population,5\n',
			'provenance.csv': 'authority_id,period,count_id,file,line,column\n01001,2023,population,x.csv,0,1\n'
		};
		const result = await openRingZip(zipOf(files), specs);
		expect(result.data).toBeNull();
		expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.code}`)).toEqual([
			'provenance.csv:2: bad_provenance'
		]);
	});

	it('reads a hand-made folder without extras; hand-added counts files keep their own origin', async () => {
		const data: RingData = {
			ring: {
				meta: {
					format_version: 1,
					name: 'Nord',
					description: '',
					periods: [2024, 2025],
					disclosure: 'named',
					synthetic: false
				},
				authorities: [{ authority_id: '01001', name: 'Flensburg', kind: 'kreisfreie_stadt', state: 'SH' }],
				values: encodeValues([
					{
						authority_id: '01001',
						period: 2024,
						count_id: 'population',
						value: 3,
						source: { file: 'orig.csv', line: 9, column: 2 }
					},
					{ authority_id: '01001', period: 2024, count_id: 'foreign_population', value: 1 }
				])
			},
			extras: emptyExtras()
		};
		const files = canonicalFiles(data);
		files.push({ path: 'counts/2025.csv', bytes: strToU8('authority_id;period;population\n01001;2025;4\n') });
		const result = await openRingPackage(files, specs);
		expect(result.problems).toEqual([]);
		expect(plainData(result.data)?.ring.values.map((v) => [v.period, v.count_id, v.source])).toEqual([
			[2025, 'population', { file: 'counts/2025.csv', line: 2, column: 3 }],
			[2024, 'foreign_population', undefined],
			[2024, 'population', { file: 'orig.csv', line: 9, column: 2 }]
		]);
		const plain = await openRingZip(zipOf({ 'authorities.csv': AUTH }), specs);
		expect(plain.data?.extras).toEqual({
			...emptyExtras(),
			pseudonyms: [
				{ authority_id: '01001', label: 'A', pseudonym_id: expect.stringMatching(/^ps-[a-z0-9]{8}$/) }
			]
		});
	});

	// A canonical file whose only decimal looks like a German thousands group (`1.234`) is read as the
	// decimal it is: comma-separated files and ring.json's `number_format: "en"` both say so.
	it('reads a canonical file whose only decimal is a lone 1.234', async () => {
		const data = generateRing(3);
		const id = data.ring.authorities[0]?.authority_id ?? '01001';
		data.ring.values = encodeValues([
			{ authority_id: id, period: 2024, count_id: decimalSpecs[0]?.id ?? '', value: 1.234 }
		]);
		const back = await openRingZip(exportRingZip(data), specs);
		expect(back.data?.ring.values.value[0]).toBe(1.234);
	});

	it('keeps the zip entry layout the reader expects (one folder)', async () => {
		const names = Object.keys(unzipSync(exportRingZip(generateRing(1))));
		expect(new Set(names.map((n) => n.split('/')[0])).size).toBe(1);
	});

	it('gives the CLI (Node disk reader) the same ring, origins aside', async () => {
		const data = generateRing(1003);
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'ring-')), 'paket.zip');
		writeFileSync(file, exportRingZip(data));
		const read = await readRingFromPath(file, specs);
		const strip = (values: BaseValue[]) => values.map(({ source: _, ...v }) => v);
		const expected = plainRing(normaliseRing(data.ring));
		expect(read.ring?.meta).toEqual(expected.meta);
		expect(read.ring?.authorities).toEqual(expected.authorities);
		expect(strip(read.ring ? decodeValues(read.ring.values) : [])).toEqual(strip(expected.values));
		expect(expected.values.length).toBeGreaterThan(10);
	});
});
