/**
 * The council report follows the page's language (issue #20): made on an English page it is English
 * throughout — the report's words, the catalogue's labels and help texts, findings, fehlerhaft marks,
 * units, numbers and dates — with the document language en-GB in the PDF; made in German (the CLI,
 * a German page) it stays German with de-DE. Kiel 2023 has a fehlerhaft value, so its finding is in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { formatUnit } from '../../src/lib/format/index.ts';
import { de } from '../../src/lib/i18n/messages.ts';
import { loadLocale, setLocale } from '../../src/lib/i18n/translate.ts';
import { documentText } from '../../src/lib/report/model.ts';
import { makeReport, readPdf, squash, type MadeReport } from '../fixtures/report.ts';

const KIEL = '01002';
const catalogue = loadCatalogue();
let english: MadeReport;
let german: MadeReport;
let englishMessages: Record<string, string>;

beforeAll(async () => {
	await loadLocale('en');
	englishMessages = (await import('../../src/lib/i18n/english.ts')).messages;
	setLocale('en');
	english = await makeReport(KIEL, 2023, ['pdf']);
	setLocale('de');
	german = await makeReport(KIEL, 2023, []);
}, 300_000);
afterAll(() => setLocale('de'));

/** The German catalogue's texts that English says differently, as patterns (placeholders match anything). */
function germanTexts(): { what: string; re: RegExp }[] {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const out: { what: string; re: RegExp }[] = [];
	for (const [key, text] of Object.entries(de)) {
		if (englishMessages[key] === text) continue;
		const parts = text.split(/\{\w+\}/);
		if ((parts.join('').match(/\p{L}/gu) ?? []).length < 3) continue;
		const re = new RegExp(`(?<![\\p{L}\\d_])${parts.map(escape).join('[\\s\\S]*?')}(?![\\p{L}\\d_])`, 'u');
		if (!Object.values(englishMessages).some((en) => re.test(en))) out.push({ what: key, re });
	}
	for (const e of [...catalogue.fields, ...catalogue.base_counts, ...catalogue.kpis])
		if (e.label !== e.label_en) out.push({ what: e.id, re: new RegExp(escape(e.label), 'u') });
	for (const k of catalogue.kpis)
		if (k.help !== k.help_en) out.push({ what: `${k.id} help`, re: new RegExp(escape(k.help), 'u') });
	return out;
}

describe('the council report in the page’s language', () => {
	it('in English: the document is en-GB, English words, labels and numbers, no German of the catalogues', async () => {
		expect(english.model.lang).toBe('en-GB');
		const own = english.ring.authorities.find((a) => a.authority_id === KIEL)!;
		// What is a name or the department's own text stays as written.
		const kept = [
			own.name,
			english.ring.meta.name,
			'Ausschuss für Verwaltung, Ordnung und Sicherheit, Sitzung am 12.03.2025',
			'Die Bearbeitungsdauer ist gesunken.',
			'Zwei Stellen waren unbesetzt.'
		];
		const lines = documentText(english.model).map((line) =>
			kept.reduce((s, k) => s.split(k).join(' '), line)
		);
		const found = germanTexts().flatMap((g) =>
			lines.filter((l) => g.re.test(l)).map((l) => `${g.what} ← ${l.slice(0, 120)}`)
		);
		expect(found).toEqual([]);

		const text = squash(lines.join('\n'));
		const kpi = catalogue.kpis.find((k) => k.id === 'phone_reachability')!;
		const row = english.data.stats.find((r) => r.kpi_id === kpi.id)!;
		expect(row.erroneous).not.toBeNull();
		expect(text).toContain(squash(`${kpi.label_en} – erroneous:`));
		expect(text).toContain(
			'Part larger than whole: Calls answered (12,513) is larger than Calls received (11,805).'
		);
		expect(text).toContain(squash(formatUnit(row.own_value, '%', { locale: 'en' })));
		// The PDF says its language and carries the same words.
		const pdf = await readPdf(english.pdf);
		expect(squash(pdf.pages.join(' '))).toContain(squash(kpi.label_en!));
		expect(new TextDecoder('latin1').decode(english.pdf)).toContain('/Lang (en-GB)');
	});

	it('in German (the CLI, a German page): de-DE and German throughout, as before', () => {
		expect(german.model.lang).toBe('de-DE');
		const text = squash(documentText(german.model).join('\n'));
		expect(text).toContain(
			'Teil größer als Ganzes: Angenommene Anrufe (12.513) ist größer als Eingehende Anrufe (11.805).'
		);
		const kpi = catalogue.kpis.find((k) => k.id === 'phone_reachability')!;
		expect(text).toContain(squash(`${kpi.label} – fehlerhaft:`));
		expect(text).not.toContain(squash(kpi.label_en!));
		// The English test's detector is not blind: it finds plenty of German here.
		const lines = documentText(german.model);
		const hits = germanTexts().filter((g) => lines.some((l) => g.re.test(l)));
		expect(hits.length).toBeGreaterThan(50);
	});
});
