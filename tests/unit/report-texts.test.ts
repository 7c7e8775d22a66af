/**
 * The council report's texts as a part of ring format 2 (report-texts.json): a package with them reads
 * and writes back byte for byte, texts survive the package round trip and the browser's store, a
 * hand-written file in another layout is read and written canonically, and anything the app does not
 * know (a key, a type, an entry given twice, broken JSON) is refused naming file and key.
 */
import { word } from '../../src/lib/i18n/messages.ts';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { textsFor, withEntry } from '../../src/lib/report/texts.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { normaliseReportTexts, reportTextsJson } from '../../src/lib/ring/package/parts/report-texts.ts';
import { emptyExtras, type ReportText } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { openRingStore, plainRingData } from '../../src/lib/ring/store.ts';

const specs = loadCatalogue().base_counts.map(({ id, kind, label }) => ({ id, kind, label }));

const entry = (authority_id: string, period: number, summary = 'Text'): ReportText => ({
	authority_id,
	period,
	addressee: '',
	summary,
	comments: {}
});

const AUTH =
	'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n09162,München,kreisfreie_stadt,BY\n';
const COUNTS = 'authority_id,period,count_id,value\n01001,2024,population,90000\n';
const PSEUDONYMS = 'authority_id,label\n01001,B\n09162,A\n';

function pkg(extra: Record<string, string>, version = 2): Uint8Array {
	const files: Record<string, string> = {
		'ring.json': JSON.stringify({ format_version: version, name: 'Nord' }),
		'authorities.csv': AUTH,
		'counts/werte.csv': COUNTS,
		...(version === 2 ? { 'pseudonyms.csv': PSEUDONYMS } : {}),
		...extra
	};
	return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
}

async function open(bytes: Uint8Array) {
	const result = await openRingZip(bytes, specs);
	const by = (severity: string) =>
		result.problems.filter((p) => p.severity === severity).map((p) => `${p.file}: ${word(p.message)}`);
	return { data: result.data, errors: by('error'), warnings: by('warning') };
}

const CANONICAL = `{
  "texts": [
    {
      "authority_id": "01001",
      "period": 2023,
      "addressee": "Ausschuss für Verwaltung, Ordnung und Sicherheit, Sitzung am 12.03.2025",
      "summary": "Die Bearbeitungsdauer ist gesunken.\\n\\nZwei Stellen waren unbesetzt.",
      "comments": {
        "avg_processing_days": "Zwei Stellen, \\"vakant\\"",
        "phone_reachability": "Neue Telefonanlage"
      }
    },
    {
      "authority_id": "01001",
      "period": 2024,
      "addressee": "",
      "summary": "Text",
      "comments": {}
    }
  ]
}
`;

describe('report-texts.json in the ring package', () => {
	it('is read with every field, and written back byte for byte', async () => {
		const { data, errors } = await open(pkg({ 'report-texts.json': CANONICAL }));
		expect(errors).toEqual([]);
		expect(data?.extras.report_texts).toEqual([
			{
				authority_id: '01001',
				period: 2023,
				addressee: 'Ausschuss für Verwaltung, Ordnung und Sicherheit, Sitzung am 12.03.2025',
				summary: 'Die Bearbeitungsdauer ist gesunken.\n\nZwei Stellen waren unbesetzt.',
				comments: {
					avg_processing_days: 'Zwei Stellen, "vakant"',
					phone_reachability: 'Neue Telefonanlage'
				}
			},
			entry('01001', 2024)
		]);
		const files = unzipSync(exportRingZip(data!));
		expect(new TextDecoder().decode(files['nord/report-texts.json'])).toBe(CANONICAL);
	});

	it('a hand-written file (other order, no empty keys, empty texts) is read and written canonically', async () => {
		const hand = JSON.stringify({
			texts: [
				{ period: 2024, authority_id: '01001', summary: 'Text' },
				{ authority_id: '09162', period: 2024, summary: '  ', comments: { x: '' } },
				{
					authority_id: '01001',
					period: 2023,
					comments: {
						phone_reachability: 'Neue Telefonanlage',
						avg_processing_days: 'Zwei Stellen, "vakant"'
					},
					summary: 'Die Bearbeitungsdauer ist gesunken.\n\nZwei Stellen waren unbesetzt.',
					addressee: 'Ausschuss für Verwaltung, Ordnung und Sicherheit, Sitzung am 12.03.2025'
				}
			]
		});
		const { data, errors } = await open(pkg({ 'report-texts.json': hand }));
		expect(errors).toEqual([]);
		expect(reportTextsJson(data!.extras.report_texts)).toBe(CANONICAL);
	});

	it('a ring without texts writes no file, and reads as an empty list', async () => {
		const { data, errors } = await open(pkg({}));
		expect(errors).toEqual([]);
		expect(data?.extras.report_texts).toEqual([]);
		const files = unzipSync(exportRingZip(data!));
		expect(Object.keys(files).some((f) => f.endsWith('report-texts.json'))).toBe(false);
	});

	it('refuses an unknown key, a wrong type, an entry twice and broken JSON, naming file and key', async () => {
		const refused = async (text: string) => (await open(pkg({ 'report-texts.json': text }))).errors;
		const colour = await refused(JSON.stringify({ texts: [{ ...entry('01001', 2024), colour: 'red' }] }));
		expect(colour).toEqual([
			'report-texts.json: report-texts.json: Schlüssel „texts.0.colour“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.'
		]);
		const top = await refused(JSON.stringify({ texts: [], version: 3 }));
		expect(top[0]).toContain('Schlüssel „version“ gibt es in format_version 2 nicht');
		const period = await refused(JSON.stringify({ texts: [{ ...entry('01001', 2024), period: '2024' }] }));
		expect(period[0]).toContain(
			'Feld „texts.0.period“ ist ungültig (erwartet: ganze Zahl zwischen 1950 und 2100'
		);
		const comment = await refused(
			JSON.stringify({ texts: [{ ...entry('01001', 2024), comments: { a: 1 } }] })
		);
		expect(comment[0]).toContain('Feld „texts.0.comments.a“ ist ungültig (erwartet: Text, gefunden: Zahl)');
		const twice = await refused(JSON.stringify({ texts: [entry('01001', 2024), entry('01001', 2024)] }));
		expect(twice[0]).toContain('Behörde „01001“ und Jahr 2024 stehen schon in texts.0');
		const broken = await refused('{"texts": [');
		expect(broken[0]).toMatch(/^report-texts\.json: report-texts\.json: kein gültiges JSON/);
		const noList = await refused('{}');
		expect(noList[0]).toContain('Feld „texts“ ist ungültig (fehlt, erwartet: Liste)');
	});

	it('is not read from a version-1 package (a warning, left out)', async () => {
		const { data, errors, warnings } = await open(pkg({ 'report-texts.json': CANONICAL }, 1));
		expect(errors).toEqual([]);
		expect(data?.extras.report_texts).toEqual([]);
		expect(warnings.join('\n')).toContain('report-texts.json');
	});
});

/** mulberry32: a seeded PRNG, so a failing case can be reproduced from its seed. */
function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		chance: (p: number) => next() < p,
		pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!
	};
}
const WORDS = [
	'Ausschuss',
	'Sitzung am 12.03.2025',
	'„Zentral“',
	'Müller, Amt',
	'"zitiert"',
	'Zeile\nzwei',
	'',
	'  ',
	'ß€😀',
	'\\'
];

describe('report texts in the ring package (property)', () => {
	it.each(Array.from({ length: 20 }, (_, i) => 500 + i))(
		'seed %i: export → open gives the same texts and the same bytes',
		async (seed) => {
			const rng = prng(seed);
			const text = (n: number) => Array.from({ length: n }, () => rng.pick(WORDS)).join(' ');
			const { data } = await open(pkg({}));
			const report_texts = normaliseReportTexts(
				['01001', '09162', '05334'].flatMap((authority_id) =>
					[2022, 2023, 2024]
						.filter(() => rng.chance(0.5))
						.map((period) => ({
							authority_id,
							period,
							addressee: rng.chance(0.5) ? '' : text(3),
							summary: rng.chance(0.2) ? '' : `${text(5)}\n\n${text(2)}`,
							comments: Object.fromEntries(
								['avg_processing_days', 'phone_reachability', 'z_kpi']
									.filter(() => rng.chance(0.4))
									.map((k) => [k, text(2)])
							)
						}))
				)
			);
			const ring = { ring: data!.ring, extras: { ...data!.extras, report_texts } };
			const zip = exportRingZip(ring);
			const back = await open(zip);
			expect(back.errors).toEqual([]);
			expect(back.data?.extras.report_texts).toEqual(report_texts);
			expect(exportRingZip(back.data!)).toEqual(zip);
		}
	);
});

describe('report texts for the page', () => {
	it('start a new period from last year’s text, and keep each period apart', () => {
		const texts = withEntry(withEntry([], entry('01001', 2022, 'alt')), entry('01001', 2023, 'Vorjahr'));
		expect(textsFor(texts, '01001', 2024)).toEqual({ entry: entry('01001', 2024, 'Vorjahr'), from: 2023 });
		expect(textsFor(texts, '01001', 2023).from).toBe(2023);
		expect(textsFor(texts, '05334', 2024)).toEqual({ entry: entry('05334', 2024, ''), from: null });
		expect(withEntry(texts, entry('01001', 2023, 'neu')).map((e) => e.summary)).toEqual(['alt', 'neu']);
	});

	it('are kept when the ring is saved in the browser’s store and loaded again', async () => {
		const opened = await openRingStore(new IDBFactory());
		if (!opened.ok) throw new Error(opened.problem.message);
		const report_texts = withEntry([], { ...entry('01001', 2024, 'Zusammenfassung'), comments: { a: 'b' } });
		const { data: read } = await open(pkg({}));
		const data = { ring: read!.ring, extras: { ...emptyExtras(), ...read!.extras, report_texts } };
		expect(plainRingData(data).extras.report_texts).toEqual(report_texts);
		const saved = await opened.value.saveRing('ring-1', data, null);
		expect(saved.ok).toBe(true);
		const loaded = await opened.value.loadRing('ring-1');
		expect(loaded.ok && loaded.value?.extras.report_texts).toEqual(report_texts);
	});
});
