/**
 * What does a column header mean?
 *
 * Without a mapping profile only certain matches are accepted (confidence 1.0 or 0.95):
 * - a catalogue id, case-insensitive and trimmed (`visits`, `EAT_ORDERS`);
 * - a common German name of a key column (`Gemeindeschlüssel`, `Jahr`, `Kennzahl`, `Wert`, …);
 * - the template form `Label (id)`, `Label [id]`, `id – Label`, `id: Label`;
 * - the German label of a base count (after normalising case, umlauts, punctuation and spaces).
 * Everything else is only a *suggestion* (fuzzy token/trigram similarity, confidence < 0.9), which the
 * import page offers and a mapping profile confirms — never applied silently.
 */
import type { ColumnRole, CountSpec } from './types.ts';

export type KeyRole = 'authority_id' | 'period' | 'count_id' | 'value';

/** Normalised German synonyms of the key columns (see `normaliseHeader`). */
const KEY_SYNONYMS: Record<KeyRole, string[]> = {
	authority_id: [
		'authority id',
		'authority',
		'behoerde',
		'behoerden id',
		'behoerdenschluessel',
		'behoerdenkennung',
		'abh',
		'abh id',
		'gemeindeschluessel',
		'amtlicher gemeindeschluessel',
		'gemeindekennziffer',
		'kreisschluessel',
		'kreiskennziffer',
		'ags',
		'regionalschluessel',
		'ars',
		'schluessel'
	],
	period: [
		'period',
		'jahr',
		'erhebungsjahr',
		'berichtsjahr',
		'stichtag',
		'periode',
		'zeitraum',
		'year',
		'datum',
		'berichtszeitraum'
	],
	count_id: [
		'count id',
		'kennzahl',
		'grundzahl',
		'grundzahl id',
		'kennzahl id',
		'merkmal',
		'count',
		'position'
	],
	value: ['value', 'wert', 'anzahl', 'menge', 'betrag', 'werte']
};

/**
 * Normalised headers of a column that names the authority ("Behörde", "Name der Behörde"): the
 * authority's name, not its key — read as `ignore`, and never as a second key next to a key column
 * (`Gemeindeschlüssel`, `AGS`). "Behörde" alone stays the key column (a file may hold its keys there).
 */
const NAME_HEADERS = new Set([
	'name',
	'behoerde',
	'behoerdenname',
	'name der behoerde',
	'auslaenderbehoerde',
	'name der auslaenderbehoerde',
	'bezeichnung',
	'dienststelle',
	'authority name',
	'gebietskoerperschaft',
	'kreis stadt',
	'stadt kreis'
]);

/** Whether a header names the authority (its name, not its key). */
export function isNameHeader(header: string): boolean {
	return NAME_HEADERS.has(normaliseHeader(header));
}

const SYNONYM_INDEX = new Map<string, KeyRole>();
for (const [role, names] of Object.entries(KEY_SYNONYMS) as [KeyRole, string[]][])
	for (const name of names) SYNONYM_INDEX.set(name, role);

/** Lower case, umlauts folded (ä→ae, ß→ss), every run of non-alphanumerics one space. */
export function normaliseHeader(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

export interface HeaderMatch {
	role: ColumnRole;
	confidence: number;
	via: 'id' | 'synonym' | 'label_id' | 'label' | 'name' | 'fuzzy' | 'none' | 'empty';
}

/** Lookup tables for one catalogue. */
export interface SpecIndex {
	byId: Map<string, CountSpec>;
	byLabel: Map<string, CountSpec>;
	specs: CountSpec[];
}

const indexCache = new WeakMap<CountSpec[], SpecIndex>();

/** Lookup tables for a catalogue; cached per array (callers pass the same array for every file). */
export function indexSpecs(specs: CountSpec[]): SpecIndex {
	const cached = indexCache.get(specs);
	if (cached && cached.specs.length === specs.length) return cached;
	const byId = new Map<string, CountSpec>();
	const byLabel = new Map<string, CountSpec>();
	for (const spec of specs) {
		byId.set(spec.id.toLowerCase(), spec);
		byLabel.set(normaliseHeader(spec.label), spec);
	}
	const index = { byId, byLabel, specs };
	indexCache.set(specs, index);
	return index;
}

function roleOfKey(key: KeyRole): ColumnRole {
	return { kind: key };
}

/** Longer cells are not headers; also keeps the regexes below linear in practice. */
const MAX_HEADER = 300;

const RE_LABEL_ID = /^([\s\S]*?)\s*[([]\s*([A-Za-z][A-Za-z0-9_]*)\s*[)\]]\s*$/;
const RE_ID_LABEL = /^([A-Za-z][A-Za-z0-9_]*)\s*(?:[–—:]|\s-)\s*([\s\S]*)$/;

/** Find a count by id or label in a piece of text; null if none. Used for headers and long-layout count cells. */
export function findCount(
	text: string,
	index: SpecIndex
): { spec: CountSpec; via: HeaderMatch['via'] } | null {
	const trimmed = text.trim();
	if (trimmed.length > MAX_HEADER) return null;
	const byId = index.byId.get(trimmed.toLowerCase());
	if (byId) return { spec: byId, via: 'id' };
	const labelId = RE_LABEL_ID.exec(trimmed);
	if (labelId) {
		const spec = index.byId.get((labelId[2] ?? '').toLowerCase());
		if (spec) return { spec, via: 'label_id' };
	}
	const idLabel = RE_ID_LABEL.exec(trimmed);
	if (idLabel) {
		const spec = index.byId.get((idLabel[1] ?? '').toLowerCase());
		if (spec) return { spec, via: 'label_id' };
	}
	const byLabel = index.byLabel.get(normaliseHeader(trimmed));
	if (byLabel) return { spec: byLabel, via: 'label' };
	return null;
}

function findKey(text: string): KeyRole | null {
	const norm = normaliseHeader(text);
	const direct = SYNONYM_INDEX.get(norm);
	if (direct) return direct;
	// `Gemeindeschlüssel (AGS)`: try the part outside and inside the brackets.
	const m = RE_LABEL_ID.exec(text.trim());
	if (m)
		return (
			SYNONYM_INDEX.get(normaliseHeader(m[1] ?? '')) ?? SYNONYM_INDEX.get(normaliseHeader(m[2] ?? '')) ?? null
		);
	return null;
}

/** The certain meaning of a header without a profile; `unknown` when there is none. */
export function matchHeader(header: string, index: SpecIndex): HeaderMatch {
	if (header.trim() === '') return { role: { kind: 'empty' }, confidence: 1, via: 'empty' };
	if (header.length > MAX_HEADER) return { role: { kind: 'unknown' }, confidence: 0, via: 'none' };
	const count = findCount(header, index);
	if (count?.via === 'id' || count?.via === 'label_id')
		return { role: { kind: 'count', countId: count.spec.id }, confidence: 1, via: count.via };
	const key = findKey(header);
	if (key) return { role: roleOfKey(key), confidence: 1, via: 'synonym' };
	if (count) return { role: { kind: 'count', countId: count.spec.id }, confidence: 0.95, via: 'label' };
	if (isNameHeader(header)) return { role: { kind: 'ignore' }, confidence: 1, via: 'name' };
	return { role: { kind: 'unknown' }, confidence: 0, via: 'none' };
}

/**
 * Columns (0-based) whose header names the authority but that were read as its key while another
 * column is the key: `Gemeindeschlüssel; Behörde` — the second is the name. `roles[i]` is column i's
 * role; the caller makes these `ignore` (via `name`).
 */
export function nameColumnsBesideKey(headers: readonly string[], roles: readonly ColumnRole[]): number[] {
	const keys = roles.flatMap((r, i) => (r.kind === 'authority_id' ? [i] : []));
	if (keys.length < 2) return [];
	const names = keys.filter((i) => isNameHeader(headers[i] ?? ''));
	// All of them names ("Behörde; Name der Behörde"): the first is the key, as without this rule.
	return names.length === keys.length ? names.slice(1) : names;
}

// ---- Fuzzy suggestions -------------------------------------------------------------------------

const STOPWORDS = new Set([
	'anzahl',
	'der',
	'die',
	'das',
	'den',
	'dem',
	'des',
	'und',
	'oder',
	'von',
	'in',
	'im',
	'am',
	'an',
	'auf',
	'je',
	'zahl',
	'nr',
	'insgesamt',
	'gesamt',
	'summe',
	'mit',
	'fuer',
	'bei'
]);

function tokens(text: string): Set<string> {
	return new Set(
		normaliseHeader(text.replace(/_/g, ' '))
			.split(' ')
			.filter((t) => t !== '' && !STOPWORDS.has(t))
	);
}

function trigrams(text: string): Set<string> {
	const s = ` ${[...tokens(text)].join(' ')} `;
	const out = new Set<string>();
	for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
	return out;
}

function dice<T>(a: Set<T>, b: Set<T>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let common = 0;
	for (const x of a) if (b.has(x)) common++;
	return (2 * common) / (a.size + b.size);
}

interface Candidate {
	tokens: Set<string>;
	trigrams: Set<string>;
}

const candidateCache = new WeakMap<SpecIndex, { target: string; forms: Candidate[] }[]>();

/** Token and trigram sets of every target's spellings, computed once per catalogue. */
function candidatesOf(index: SpecIndex): { target: string; forms: Candidate[] }[] {
	let list = candidateCache.get(index);
	if (list) return list;
	const form = (text: string): Candidate => ({ tokens: tokens(text), trigrams: trigrams(text) });
	list = index.specs.map((spec) => ({
		target: spec.id,
		// Labels often explain in brackets ("Vorsprachen (wahrgenommene Termine …)"): also try without.
		forms: [form(spec.label), form(spec.label.replace(/\([^)]*\)/g, ' ')), form(spec.id)]
	}));
	for (const [role, names] of Object.entries(KEY_SYNONYMS))
		list.push({ target: role, forms: names.map(form) });
	candidateCache.set(index, list);
	return list;
}

export interface Suggestion {
	/** A count id or a key role. */
	target: string;
	confidence: number;
}

/**
 * Ranked guesses for a header: the certain match first (1.0/0.95), else fuzzy matches against labels,
 * ids and key synonyms, confidence = 0.9 × similarity, only those ≥ 0.45.
 */
export function suggestTargets(header: string, index: SpecIndex, max = 3): Suggestion[] {
	const certain = matchHeader(header, index);
	if (header.length > MAX_HEADER) return [];
	if (certain.role.kind === 'count')
		return [{ target: certain.role.countId, confidence: certain.confidence }];
	if (certain.role.kind !== 'unknown' && certain.role.kind !== 'empty')
		return [{ target: certain.role.kind, confidence: certain.confidence }];
	if (certain.role.kind === 'empty') return [];
	const ht = tokens(header);
	const hg = trigrams(header);
	const scored: Suggestion[] = [];
	const score = (candidate: Candidate): number =>
		Math.max(dice(ht, candidate.tokens), dice(hg, candidate.trigrams));
	for (const { target, forms } of candidatesOf(index))
		scored.push({ target, confidence: Math.max(...forms.map(score)) });
	return scored
		.filter((s) => s.confidence >= 0.5)
		.sort((a, b) => b.confidence - a.confidence || a.target.localeCompare(b.target))
		.slice(0, max)
		.map((s) => ({ target: s.target, confidence: Math.round(0.9 * s.confidence * 100) / 100 }));
}
