/**
 * The moderator's parts of ring format 2 (finding_status.csv, member_releases.csv): a package with them
 * reads and writes back byte for byte, statuses and notes survive the package round trip, and anything
 * the app does not know (a column, a status, a date) is refused naming file, line and field.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';

const specs = loadCatalogue().base_counts.map(({ id, kind, label }) => ({ id, kind, label }));

const AUTH =
	'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n09162,München,kreisfreie_stadt,BY\n';
const COUNTS =
	'authority_id,period,count_id,value\n01001,2024,calls_answered,900\n01001,2024,calls_received,800\n';
const PSEUDONYMS = 'authority_id,label\n01001,B\n09162,A\n';
const STATUS =
	'authority_id,period,rule,ids,status,date,values,note\n' +
	'01001,2024,part_exceeds_whole,calls_answered|calls_received,bestaetigt,2025-03-14,900|800,"Weiterleitungen, ""doppelt"" gezählt\nlaut Amt"\n' +
	'09162,2023,large_change,population,rueckfrage,2025-03-15,|1500000.5,\n';
const RELEASES =
	'authority_id,period,state,date\n01001,2024,freigegeben,2025-03-20\n09162,2024,entwurf,2025-03-21\n';

function pkg(extra: Record<string, string>): Uint8Array {
	const files: Record<string, string> = {
		'ring.json': JSON.stringify({ format_version: 2, name: 'Nord' }),
		'authorities.csv': AUTH,
		'counts/werte.csv': COUNTS,
		'pseudonyms.csv': PSEUDONYMS,
		...extra
	};
	return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
}

async function open(bytes: Uint8Array) {
	const result = await openRingZip(bytes, specs);
	return {
		data: result.data,
		errors: result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.message}`)
	};
}

describe('finding statuses and member releases in the ring package', () => {
	it('are read with every field, and written back byte for byte', async () => {
		const { data, errors } = await open(
			pkg({ 'finding_status.csv': STATUS, 'member_releases.csv': RELEASES })
		);
		expect(errors).toEqual([]);
		expect(data?.extras.finding_statuses).toEqual([
			{
				authority_id: '01001',
				period: 2024,
				rule: 'part_exceeds_whole',
				ids: ['calls_answered', 'calls_received'],
				status: 'bestaetigt',
				date: '2025-03-14',
				values: [900, 800],
				note: 'Weiterleitungen, "doppelt" gezählt\nlaut Amt'
			},
			{
				authority_id: '09162',
				period: 2023,
				rule: 'large_change',
				ids: ['population'],
				status: 'rueckfrage',
				date: '2025-03-15',
				values: [null, 1500000.5],
				note: ''
			}
		]);
		expect(data?.extras.member_releases).toEqual([
			{ authority_id: '01001', period: 2024, state: 'freigegeben', date: '2025-03-20' },
			{ authority_id: '09162', period: 2024, state: 'entwurf', date: '2025-03-21' }
		]);
		const zip = exportRingZip(data!);
		const files = unzipSync(zip);
		expect(new TextDecoder().decode(files['nord/finding_status.csv'])).toBe(STATUS);
		expect(new TextDecoder().decode(files['nord/member_releases.csv'])).toBe(RELEASES);
		const again = await open(zip);
		expect(again.errors).toEqual([]);
		expect(again.data?.extras).toEqual(data?.extras);
		expect(exportRingZip(again.data!)).toEqual(zip);
	});

	it('a ring without moderation writes neither file', async () => {
		const { data } = await open(pkg({}));
		expect(data?.extras.finding_statuses).toEqual([]);
		const names = Object.keys(unzipSync(exportRingZip(data!)));
		expect(names.filter((n) => /finding_status|member_releases/.test(n))).toEqual([]);
	});

	it('refuses an unknown column, naming the file; nothing is opened', async () => {
		const extra = STATUS.replace('values,note', 'values,note,colour').replace(/\n(?=.)/g, ',rot\n');
		const { data, errors } = await open(pkg({ 'finding_status.csv': extra }));
		expect(data).toBeNull();
		expect(errors[0]).toMatch(/^finding_status\.csv: Kopfzeile muss „authority_id,period,rule,ids,status/);
	});

	it('refuses an unknown status or state, naming file, line and field', async () => {
		const status = await open(pkg({ 'finding_status.csv': STATUS.replace('rueckfrage', 'erledigt') }));
		expect(status.data).toBeNull();
		expect(status.errors).toEqual([
			'finding_status.csv: finding_status.csv, Zeile 4, Feld „status“: erwartet offen, rueckfrage, bestaetigt, korrigiert, gefunden „erledigt“; das Paket wurde nicht gelesen.'
		]);
		const state = await open(pkg({ 'member_releases.csv': RELEASES.replace('entwurf', 'final') }));
		expect(state.errors[0]).toMatch(
			/member_releases\.csv, Zeile 3, Feld „state“: erwartet entwurf oder freigegeben/
		);
		const date = await open(pkg({ 'member_releases.csv': RELEASES.replace('2025-03-20', '2025-02-30') }));
		expect(date.errors[0]).toMatch(/Zeile 2, Feld „date“/);
	});

	it('refuses a finding listed twice, rows out of order and a header-only file', async () => {
		const lines = STATUS.split(/\n(?=\d)/);
		const twice = await open(pkg({ 'finding_status.csv': STATUS + lines[1] }));
		expect(twice.errors[0]).toMatch(/derselbe Befund steht schon in Zeile 2/);
		const swapped = RELEASES.split('\n');
		const order = await open(
			pkg({ 'member_releases.csv': [swapped[0], swapped[2], swapped[1], ''].join('\n') })
		);
		expect(order.errors[0]).toMatch(/nicht in der kanonischen Form/);
		const empty = await open(pkg({ 'member_releases.csv': 'authority_id,period,state,date\n' }));
		expect(empty.errors[0]).toMatch(/hat keine Einträge/);
	});
});
