import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyExtras } from '../../src/lib/ring/canonical.ts';
import { openRingStore, plainRingData } from '../../src/lib/ring/store.ts';
import {
	readReportTexts,
	textsFor,
	withEntry,
	writeReportTexts,
	type ReportTexts
} from '../../src/lib/report/texts-format.ts';

const entry = (authority_id: string, period: number, summary = 'Text') => ({
	authority_id,
	period,
	addressee: '',
	summary,
	comments: {}
});

describe('report-texts.json', () => {
	it('writes canonically: sorted entries and comment keys, empty texts left out; read + write gives the same bytes', () => {
		const texts: ReportTexts = {
			texts: [
				{ ...entry('05334', 2024), comments: { z_kpi: 'Z', a_kpi: 'A', empty: '  ' } },
				entry('01001', 2023),
				entry('01001', 2022, ''),
				entry('01001', 2021)
			]
		};
		const text = writeReportTexts(texts);
		const parsed = JSON.parse(text) as ReportTexts;
		expect(parsed.texts.map((e) => `${e.authority_id}|${e.period}`)).toEqual([
			'01001|2021',
			'01001|2023',
			'05334|2024'
		]);
		expect(Object.keys(parsed.texts[2]!.comments)).toEqual(['a_kpi', 'z_kpi']);
		expect(text.endsWith('}\n')).toBe(true);
		const read = readReportTexts(text);
		expect(read.ok).toBe(true);
		if (read.ok) expect(writeReportTexts(read.value)).toBe(text);
	});

	it('refuses an unknown key, naming file and key, and a wrong type, a duplicate, broken JSON', () => {
		const unknown = readReportTexts(JSON.stringify({ texts: [{ ...entry('01001', 2024), colour: 'red' }] }));
		expect(unknown).toEqual({
			ok: false,
			messages: ['report-texts.json: texts[0].colour: unbekannter Schlüssel – diese Version kennt ihn nicht']
		});
		const top = readReportTexts(JSON.stringify({ texts: [], version: 3 }), 'ring/report-texts.json');
		expect(!top.ok && top.messages[0]).toBe(
			'ring/report-texts.json: version: unbekannter Schlüssel – diese Version kennt ihn nicht'
		);
		const wrong = readReportTexts(JSON.stringify({ texts: [{ ...entry('01001', 2024), period: '2024' }] }));
		expect(!wrong.ok && wrong.messages[0]).toBe(
			'report-texts.json: texts[0].period: erwartet: ganze Zahl, gefunden: Text'
		);
		const twice = readReportTexts(JSON.stringify({ texts: [entry('01001', 2024), entry('01001', 2024)] }));
		expect(!twice.ok && twice.messages[0]).toContain('01001 2024 steht zweimal');
		const broken = readReportTexts('{"texts": [');
		expect(!broken.ok && broken.messages[0]).toMatch(/^report-texts\.json: kein gültiges JSON/);
		const comments = readReportTexts(
			JSON.stringify({ texts: [{ ...entry('01001', 2024), comments: { a: 1 } }] })
		);
		expect(!comments.ok && comments.messages[0]).toBe(
			'report-texts.json: texts[0].comments.a: erwartet: Text, gefunden: Zahl'
		);
	});

	it('starts a new period from last year’s text, and keeps each period apart', () => {
		const texts = withEntry(
			withEntry(undefined, entry('01001', 2022, 'alt')),
			entry('01001', 2023, 'Vorjahr')
		);
		expect(textsFor(texts, '01001', 2024)).toEqual({
			entry: { ...entry('01001', 2024, 'Vorjahr') },
			from: 2023
		});
		expect(textsFor(texts, '01001', 2023).from).toBe(2023);
		expect(textsFor(texts, '05334', 2024)).toEqual({ entry: entry('05334', 2024, ''), from: null });
		const replaced = withEntry(texts, entry('01001', 2023, 'neu'));
		expect(replaced.texts.map((e) => e.summary)).toEqual(['alt', 'neu']);
	});
});

describe('report texts in the browser’s ring store', () => {
	it('are kept when the ring is saved and loaded again (RingData.reportTexts)', async () => {
		const opened = await openRingStore(new IDBFactory());
		if (!opened.ok) throw new Error(opened.problem.message);
		const store = opened.value;
		const reportTexts = withEntry(undefined, {
			...entry('01001', 2024, 'Zusammenfassung'),
			comments: { a: 'b' }
		});
		const data = {
			ring: {
				meta: {
					format_version: 1,
					name: 'R',
					description: '',
					periods: [2024],
					disclosure: 'pseudonymous' as const,
					synthetic: false
				},
				authorities: [
					{
						authority_id: '01001',
						name: 'Flensburg',
						kind: 'kreisfreie_stadt' as const,
						state: 'SH' as const
					}
				],
				values: [{ authority_id: '01001', period: 2024, count_id: 'population', value: 90000 }]
			},
			extras: emptyExtras(),
			reportTexts
		};
		expect(plainRingData(data).reportTexts).toEqual(reportTexts);
		const saved = await store.saveRing('ring-1', data);
		expect(saved.ok).toBe(true);
		const loaded = await store.loadRing('ring-1');
		expect(loaded.ok && loaded.value?.reportTexts).toEqual(reportTexts);
	});
});
