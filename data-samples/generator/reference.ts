/**
 * From the reference Kreise (data-samples/reference/kreise.csv) to ring authorities, and synthetic
 * authorities for benchmark scales.
 *
 * Decisions (documented in the demo README):
 * - kinds: `kreisfreie Stadt` → kreisfreie_stadt, `Landkreis` → landkreis; Region Hannover (03241),
 *   Städteregion Aachen (05334) and Regionalverband Saarbrücken (10041) → region; the city-states
 *   Berlin (11000) and Hamburg (02000) → region too, because their immigration offices are Land
 *   authorities (Landesamt für Einwanderung, Amt für Migration) rather than a city's office, and the
 *   catalogue groups "city-state and regional authorities" under `region`. Bremen (04011) and
 *   Bremerhaven (04012) keep their own municipal offices and stay kreisfreie_stadt.
 * - Synthetic authorities are named "Synthetisch …" and use keys no real Kreis or Gemeinde has.
 */
import type { AuthorityKind, StateCode } from '../../src/lib/ring/types.ts';
import { draws } from './prng.ts';

export interface ReferenceRow {
	ags: string;
	name: string;
	type: string;
	state: string;
	population: number;
}

/** An authority as the generator needs it: the ring's Authority plus its Zensus 2022 population. */
export interface GeneratorAuthority {
	authority_id: string;
	name: string;
	kind: AuthorityKind;
	state: StateCode;
	/** Population at the base year (Zensus 2022); the generator derives each period's population. */
	population: number;
}

export const STATE_CODE_BY_NAME: Readonly<Record<string, StateCode>> = {
	'Baden-Württemberg': 'BW',
	Bayern: 'BY',
	Berlin: 'BE',
	Brandenburg: 'BB',
	Bremen: 'HB',
	Hamburg: 'HH',
	Hessen: 'HE',
	'Mecklenburg-Vorpommern': 'MV',
	Niedersachsen: 'NI',
	'Nordrhein-Westfalen': 'NW',
	'Rheinland-Pfalz': 'RP',
	Saarland: 'SL',
	Sachsen: 'SN',
	'Sachsen-Anhalt': 'ST',
	'Schleswig-Holstein': 'SH',
	Thüringen: 'TH'
};

export const REGION_IDS: readonly string[] = ['03241', '05334', '10041'];
export const CITY_STATE_IDS: readonly string[] = ['11000', '02000'];

/** Splits one CSV line with RFC 4180 quotes (the reference file has quoted names with commas). */
function splitCsvLine(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			cells.push(cell);
			cell = '';
		} else cell += c;
	}
	cells.push(cell);
	return cells;
}

/** Parses kreise.csv (`ags,name,type,state,population,foreign_population,year`). */
export function parseKreiseCsv(text: string): ReferenceRow[] {
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	const header = splitCsvLine(lines[0] ?? '');
	const col = (name: string) => {
		const index = header.indexOf(name);
		if (index < 0) throw new Error(`kreise.csv: column "${name}" missing`);
		return index;
	};
	const [ags, name, type, state, population] = ['ags', 'name', 'type', 'state', 'population'].map(col);
	return lines.slice(1).map((line) => {
		const cells = splitCsvLine(line);
		const get = (index: number | undefined) => cells[index ?? -1] ?? '';
		return {
			ags: get(ags),
			name: get(name),
			type: get(type),
			state: get(state),
			population: Number(get(population))
		};
	});
}

export function kindOf(row: ReferenceRow): AuthorityKind {
	if (REGION_IDS.includes(row.ags) || CITY_STATE_IDS.includes(row.ags)) return 'region';
	if (row.type === 'kreisfreie Stadt') return 'kreisfreie_stadt';
	if (row.type === 'Landkreis') return 'landkreis';
	throw new Error(`kreise.csv: unknown type "${row.type}" for ${row.ags}`);
}

export function toAuthority(row: ReferenceRow): GeneratorAuthority {
	const state = STATE_CODE_BY_NAME[row.state];
	if (!state) throw new Error(`kreise.csv: unknown state "${row.state}" for ${row.ags}`);
	if (!Number.isInteger(row.population) || row.population <= 0) {
		throw new Error(`kreise.csv: no population for ${row.ags}`);
	}
	return { authority_id: row.ags, name: row.name, kind: kindOf(row), state, population: row.population };
}

/** The reference rows with the given keys, as authorities, in key order. Throws on an unknown key. */
export function selectAuthorities(
	rows: readonly ReferenceRow[],
	ids: readonly string[]
): GeneratorAuthority[] {
	const byId = new Map(rows.map((row) => [row.ags, row]));
	return [...ids].sort().map((id) => {
		const row = byId.get(id);
		if (!row) throw new Error(`kreise.csv has no Kreis ${id}`);
		return toAuthority(row);
	});
}

/** States where municipalities below the Kreis level commonly run their own immigration office. */
const GKS_STATES: readonly StateCode[] = ['BW', 'BY', 'SN', 'NI', 'NW', 'HE', 'RP'];

/**
 * Authorities for benchmark scales: all 400 Kreise first; then synthetic Große Kreisstädte with
 * 8-digit keys (a real Landkreis key + `9` + two digits; rarely used municipal numbers, and the name
 * says "Synthetische" in any case);
 * beyond 550, fully synthetic authorities with 8-digit keys starting `99` (no Land has code 99).
 * Below 400 the first `total` Kreise by key are returned.
 */
export function benchmarkAuthorities(
	rows: readonly ReferenceRow[],
	total: number,
	seed: number
): GeneratorAuthority[] {
	const random = draws(seed);
	const kreise = rows.map(toAuthority).sort((a, b) => a.authority_id.localeCompare(b.authority_id));
	if (total <= kreise.length) return kreise.slice(0, total);
	const result = kreise.slice();
	const parents = kreise.filter((a) => a.kind === 'landkreis' && GKS_STATES.includes(a.state));
	const gksCount = Math.min(total - result.length, 150, parents.length * 99);
	for (let i = 0; i < gksCount; i++) {
		const parent = parents[i % parents.length] as GeneratorAuthority;
		const number = 1 + Math.floor(i / parents.length);
		const id = `${parent.authority_id}9${String(number).padStart(2, '0')}`;
		result.push({
			authority_id: id,
			name: `Synthetische Große Kreisstadt ${id} (in ${parent.name})`,
			kind: 'grosse_kreisstadt',
			state: parent.state,
			population: Math.round(random.uniform(20_000, 95_000, 'gks-population', id))
		});
	}
	const states = Object.values(STATE_CODE_BY_NAME);
	const kinds: AuthorityKind[] = ['landkreis', 'landkreis', 'kreisfreie_stadt', 'grosse_kreisstadt'];
	for (let n = 1; result.length < total; n++) {
		const id = `99${String(n).padStart(6, '0')}`;
		// log-uniform 25,000 … 800,000 inhabitants: many small, few large authorities
		const population = Math.round(25_000 * 32 ** random.unit('synthetic-population', id));
		result.push({
			authority_id: id,
			name: `Synthetische Ausländerbehörde ${id}`,
			kind: kinds[random.int(0, kinds.length - 1, 'synthetic-kind', id)] as AuthorityKind,
			state: states[random.int(0, states.length - 1, 'synthetic-state', id)] as StateCode,
			population
		});
	}
	return result;
}
