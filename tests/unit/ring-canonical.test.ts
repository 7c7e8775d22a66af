import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalFiles, normaliseRing } from '../../src/lib/ring/package/canonical.ts';
import { decodeValues, encodeValues, noValues } from '../../src/lib/ring/value-columns.ts';
import { csvField } from '../../src/lib/ring/package/csv.ts';
import { WHOLE_RING, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip, packageFileName, ringSlug } from '../../src/lib/ring/package/zip.ts';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const RELEASE_AUTHORITIES = 'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n';
const RELEASE_VALUES = 'authority_id,period,count_id,value\n01001,2023,population,90000\n';
/** The hash by another implementation (node:crypto) than the app's (Web Crypto). */
const RELEASE_HASH = createHash('sha256').update(RELEASE_VALUES, 'utf8').digest('hex');

function small(): RingData {
	return {
		ring: {
			meta: {
				format_version: 1,
				name: 'Ring Süd',
				description: 'Zeile 1\n„Zeile“ 2',
				periods: [2024, 2023, 2024],
				disclosure: 'named',
				synthetic: true
			},
			authorities: [
				{ authority_id: '09162', name: 'München, Stadt', kind: 'kreisfreie_stadt', state: 'BY' },
				{ authority_id: '08111', name: 'Stuttgart "Mitte"', kind: 'kreisfreie_stadt', state: 'BW' },
				{ authority_id: '01001', name: 'Flensburg', kind: 'kreisfreie_stadt', state: 'SH' }
			],
			values: encodeValues([
				{ authority_id: '09162', period: 2024, count_id: 'staff_fte', value: 1e-7 },
				{
					authority_id: '01001',
					period: 2023,
					count_id: 'population',
					value: 91000,
					source: { file: 'Export, ADVIS.csv', line: 7, column: 3 }
				},
				{ authority_id: '01001', period: 2023, count_id: 'staff_fte', value: 12.5 },
				{ authority_id: '08111', period: 2024, count_id: 'cost_eur', value: 123456789.25 },
				{ authority_id: '01001', period: 2023, count_id: 'cases_decided', value: 0 }
			])
		},
		extras: {
			mapping_profiles: [
				{
					format: 'vergleichsring-mapping',
					version: 1,
					name: 'ADVIS',
					headers: { Jahr: 'period', Gemeindeschlüssel: 'authority_id' }
				}
			],
			custom_peer_groups: [{ name: 'Großstädte', members: ['09162', '08111'] }],
			settings: { zeta: 1, alpha: { b: [1, 2], a: null } },
			pseudonyms: [
				{ authority_id: '09162', label: 'A', pseudonym_id: 'ps-aaaa2222' },
				{ authority_id: '01001', label: 'C', pseudonym_id: 'ps-cccc4444' },
				{ authority_id: '08111', label: 'B', pseudonym_id: 'ps-bbbb3333' },
				{ authority_id: '07000', label: 'D', pseudonym_id: 'ps-dddd5555' }
			],
			releases: [
				{
					id: '2023-1',
					name: 'Sitzung, März',
					created: '2024-03-12T09:30:00Z',
					hash: RELEASE_HASH,
					authorities_csv: RELEASE_AUTHORITIES,
					values_csv: RELEASE_VALUES
				}
			],
			finding_statuses: [],
			member_releases: [],
			report_texts: [],
			scenarios: [],
			agendas: [],
			scope: WHOLE_RING,
			size_classes: []
		}
	};
}

describe('canonical ring files', () => {
	it('writes exactly the canonical bytes', () => {
		const files = canonicalFiles(small());
		expect(files.map((f) => f.path)).toEqual([
			'authorities.csv',
			'counts/base_values.csv',
			'provenance.csv',
			'pseudonyms.csv',
			'releases/2023-1/authorities.csv',
			'releases/2023-1/base_values.csv',
			'ring.json'
		]);
		const text = Object.fromEntries(files.map((f) => [f.path, decode(f.bytes)]));
		expect(text['authorities.csv']).toBe(
			'authority_id,name,kind,state\n' +
				'01001,Flensburg,kreisfreie_stadt,SH\n' +
				'08111,"Stuttgart ""Mitte""",kreisfreie_stadt,BW\n' +
				'09162,"München, Stadt",kreisfreie_stadt,BY\n'
		);
		expect(text['counts/base_values.csv']).toBe(
			'authority_id,period,count_id,value\n' +
				'01001,2023,cases_decided,0\n' +
				'01001,2023,population,91000\n' +
				'01001,2023,staff_fte,12.5\n' +
				'08111,2024,cost_eur,123456789.25\n' +
				'09162,2024,staff_fte,0.0000001\n'
		);
		expect(text['provenance.csv']).toBe(
			'authority_id,period,count_id,file,line,column\n' + '01001,2023,population,"Export, ADVIS.csv",7,3\n'
		);
		// Sorted by id; the former member 07000 keeps its label, so D is never given again.
		expect(text['pseudonyms.csv']).toBe(
			'authority_id,label,pseudonym_id\n01001,C,ps-cccc4444\n07000,D,ps-dddd5555\n08111,B,ps-bbbb3333\n09162,A,ps-aaaa2222\n'
		);
		expect(text['releases/2023-1/authorities.csv']).toBe(RELEASE_AUTHORITIES);
		expect(text['releases/2023-1/base_values.csv']).toBe(RELEASE_VALUES);
		expect(text['ring.json']).toBe(
			`{
  "format_version": 2,
  "name": "Ring Süd",
  "description": "Zeile 1\\n„Zeile“ 2",
  "periods": [
    2023,
    2024
  ],
  "disclosure": "named",
  "synthetic": true,
  "number_format": "en",
  "mapping_profiles": [
    {
      "format": "vergleichsring-mapping",
      "headers": {
        "Gemeindeschlüssel": "authority_id",
        "Jahr": "period"
      },
      "name": "ADVIS",
      "version": 1
    }
  ],
  "custom_peer_groups": [
    {
      "name": "Großstädte",
      "members": [
        "09162",
        "08111"
      ]
    }
  ],
  "settings": {
    "alpha": {
      "a": null,
      "b": [
        1,
        2
      ]
    },
    "zeta": 1
  },
  "releases": [
    {
      "id": "2023-1",
      "name": "Sitzung, März",
      "created": "2024-03-12T09:30:00Z",
      "hash": "${RELEASE_HASH}"
    }
  ]
}
`
		);
	});

	it('writes UTF-8 without BOM and never a carriage return', () => {
		for (const file of canonicalFiles(small())) {
			expect([...file.bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
			expect(decode(file.bytes)).not.toContain('\r');
		}
	});

	it('leaves out the counts file of a ring without values (a header-only file is an import error)', () => {
		const data = small();
		data.ring.values = noValues();
		expect(canonicalFiles(data).map((f) => f.path)).not.toContain('counts/base_values.csv');
	});

	it('quotes only fields with comma, quote or line break', () => {
		expect(csvField('a;b')).toBe('a;b');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('a\nb')).toBe('"a\nb"');
		expect(csvField('a\rb')).toBe('"a\rb"');
		expect(csvField('"')).toBe('""""');
		expect(csvField('')).toBe('');
	});

	it('normalises order: authorities by id, values by key, periods sorted and unique', () => {
		const ring = normaliseRing(small().ring);
		expect(ring.authorities.map((a) => a.authority_id)).toEqual(['01001', '08111', '09162']);
		expect(decodeValues(ring.values).map((v) => `${v.authority_id}/${v.period}/${v.count_id}`)).toEqual([
			'01001/2023/cases_decided',
			'01001/2023/population',
			'01001/2023/staff_fte',
			'08111/2024/cost_eur',
			'09162/2024/staff_fte'
		]);
		expect(ring.meta.periods).toEqual([2023, 2024]);
	});
});

describe('ring package zip', () => {
	it('is byte-identical for the same ring, whatever the order of the input', () => {
		const a = small();
		const b = small();
		b.ring.authorities.reverse();
		b.ring.values = encodeValues(decodeValues(b.ring.values).reverse());
		b.extras.settings = { alpha: { a: null, b: [1, 2] }, zeta: 1 };
		b.extras.pseudonyms.reverse();
		const zipA = exportRingZip(a);
		expect(exportRingZip(a)).toEqual(zipA);
		expect(exportRingZip(b)).toEqual(zipA);
	});

	it('puts the files in one folder named after the ring', () => {
		const entries = unzipSync(exportRingZip(small()));
		expect(Object.keys(entries)).toEqual(canonicalFiles(small()).map((f) => `ring-sued/${f.path}`));
		const files = canonicalFiles(small());
		for (const file of files) expect(entries[`ring-sued/${file.path}`]).toEqual(file.bytes);
	});

	it('has a file-system-safe name', () => {
		expect(ringSlug('Vergleichsring Süd-Ost ÄÖÜß 2024!')).toBe('vergleichsring-sued-ost-aeoeuess-2024');
		expect(ringSlug(' ** ')).toBe('ring');
		expect(packageFileName('Café 2024')).toBe('cafe-2024.zip');
	});
});
