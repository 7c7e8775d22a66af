/**
 * Collecting base values: number reading, kind checks, duplicates, and the deferred number convention.
 *
 * Why deferred: whether `1.234` is 1234 or 1.234 depends on the file's convention, which is only known
 * after all cells are seen (a `12,5` in the last row makes the whole file German). Ambiguous cells are
 * stored with a placeholder and resolved in `finish()`; when the convention stays unknown they are
 * errors — never a silent guess — unless the base count's kind allows only one reading (`kindReading`).
 * Cells that contradict the majority convention are errors too.
 */
import type { BaseValue } from '../ring/types.ts';
import { decodeValues, valueAt, type ValueColumns } from '../ring/value-columns.ts';
import {
	isIntegerKind,
	kindLabel,
	MISSING_PLACEHOLDERS,
	NumberConvention,
	parseNumberCell
} from './numbers.ts';
import { q, type ProblemSink } from './problems.ts';
import type { CountSpec, NumberFormat } from './types.ts';
import { ValueStore } from './value-store.ts';

interface Pending {
	index: number;
	de: number;
	en: number;
	raw: string;
	spec: CountSpec;
	negative: boolean;
}

/**
 * The only reading of an ambiguous cell that its count's kind allows, when the file does not show its
 * convention: a count (or a sum of days or minutes) cannot be a fraction, so `218.095` in a count
 * column is 218095 — German thousands, the English reading 218.095 is no count. Both readings whole
 * (`1.000`: 1000 or 1) or a decimal kind (FTE, euros): no reading, the cell stays ambiguous. Not
 * counted towards the file's convention: one column's kind says nothing about another's numbers.
 */
function kindReading(p: Pending): 'de' | 'en' | null {
	if (!isIntegerKind(p.spec.kind)) return null;
	const de = Number.isInteger(p.de);
	const en = Number.isInteger(p.en);
	return de === en ? null : de ? 'de' : 'en';
}

/** Remembered raw text of convention-marked cells, only needed when a file turns out mixed. */
const MARK_LIMIT = 2000;

export class ValueCollector {
	readonly convention: NumberConvention;
	readonly #sink: ProblemSink;
	/** Authority → its index (into `#authorityNames`). */
	readonly #seen = new Map<string, number>();
	/**
	 * Per authority index: (period, count index) → line of the first cell. The column need not be
	 * stored: within one file a count always sits in the same column (wide: its column; long: the
	 * value column). Integer keys, so no string is built per cell.
	 */
	readonly #keys: Map<number, number>[] = [];
	readonly #authorityNames: string[] = [];
	#lastAuthority: string | null = null;
	#lastId = -1;
	readonly #specIndex = new Map<CountSpec, number>();
	readonly #specs: CountSpec[] = [];
	/**
	 * The values, column by column in typed arrays (no object per value while reading: a million small
	 * objects made the garbage collector the biggest cost of a large import). Objects are made in
	 * `finish()`, or not at all when the caller takes the columns.
	 */
	readonly #store: ValueStore;
	#authorityId = 0;
	readonly #pending: Pending[] = [];
	/** Value indices of cells written in one convention (plain numbers: millions of entries stay cheap). */
	readonly #marks = { de: [] as number[], en: [] as number[] };
	/** Their raw text, for the first MARK_LIMIT only (messages are capped anyway). */
	readonly #markText = new Map<number, string>();
	readonly #removed = new Set<number>();

	/**
	 * In a comma-separated file an unquoted number cannot hold a decimal comma, so a dot-ambiguous
	 * cell like `12.375` is a decimal point there (the canonical format of formats.md), unless the
	 * file's own cells establish German numbers. Comma-ambiguous cells stay errors.
	 */
	readonly #dotDecimal: boolean;

	constructor(sink: ProblemSink, fixed: 'de' | 'en' | null, dotDecimal = false) {
		this.#sink = sink;
		this.#store = new ValueStore(sink.file);
		this.convention = new NumberConvention(fixed);
		this.#dotDecimal = dotDecimal;
	}

	/**
	 * Room for about this many values up front (an estimate from the file's size): a large file's
	 * columns then do not grow by doubling and copying while it is read.
	 */
	reserve(values: number): void {
		this.#store.reserve(values);
	}

	/**
	 * A typed number (an XLSX number cell): no convention to decide, but the same duplicate and kind
	 * checks as a text cell. `raw` is its display text for messages.
	 */
	addTyped(
		authority: string,
		period: number,
		spec: CountSpec,
		value: number,
		raw: string,
		line: number,
		column: number
	): void {
		if (!this.#first(authority, period, spec, raw, line, column)) return;
		if (this.#valid(Math.abs(value), value < 0, spec, raw, line, column))
			this.#push(period, spec, value, line, column);
	}

	/** The authority's index (new ones registered); it becomes the one `#push` stores values for. */
	#register(authority: string): number {
		// Rows of one authority usually follow each other: comparing with the last one is cheaper than
		// hashing the (new) string again.
		let id = authority === this.#lastAuthority ? this.#lastId : this.#seen.get(authority);
		if (id === undefined) id = this.#newAuthority(authority);
		this.#lastAuthority = authority;
		this.#lastId = id;
		this.#authorityId = id;
		return id;
	}

	#newAuthority(authority: string): number {
		const id = this.#authorityNames.length;
		this.#authorityNames.push(authority);
		this.#seen.set(authority, id);
		return id;
	}

	/** Register the key; false (and a problem) when the file already had a value for it. */
	#first(
		authority: string,
		period: number,
		spec: CountSpec,
		raw: string,
		line: number,
		column: number
	): boolean {
		const id = this.#register(authority);
		const keys = (this.#keys[id] ??= new Map());
		const key = period * 65_536 + this.#countIndex(spec);
		const earlier = keys.get(key);
		if (earlier === undefined) {
			keys.set(key, line);
			return true;
		}
		this.#sink.error(
			'duplicate_value',
			line,
			column,
			raw,
			`Doppelter Wert für Behörde ${authority}, Jahr ${period}, Grundzahl ${spec.id}: schon in Zeile ${earlier}, Spalte ${column}; diese Zeile ${line}.`
		);
		return false;
	}

	/** Read one cell; an empty cell is a missing value (nothing stored, not 0). */
	add(authority: string, period: number, spec: CountSpec, raw: string, line: number, column: number): void {
		const text = raw.trim();
		if (text === '') return;
		const sink = this.#sink;
		const first = text.charCodeAt(0);
		const digit = first >= 48 && first <= 57;
		if (!digit && text.length <= 5 && MISSING_PLACEHOLDERS.has(text.toLowerCase())) {
			sink.warn(
				'placeholder',
				line,
				column,
				raw,
				`${q(text)} wird als fehlender Wert gelesen (nicht als 0). Eine echte Null bitte als 0 eintragen.`
			);
			return;
		}
		if (!this.#first(authority, period, spec, raw, line, column)) return;
		const { cls, negative } = parseNumberCell(text);
		if (cls.kind === 'invalid') {
			sink.error(
				'invalid_number',
				line,
				column,
				raw,
				`${q(text)} ist keine Zahl (${spec.id}: ${kindLabel(spec.kind)}).`
			);
			return;
		}
		const fixed = this.convention.fixed;
		let value: number;
		if (cls.kind === 'ambiguous') {
			if (fixed) value = cls[fixed];
			else {
				this.#pending.push({
					index: this.#push(period, spec, NaN, line, column),
					...cls,
					raw: text,
					spec,
					negative
				});
				return;
			}
		} else {
			if (fixed && cls.kind !== 'neutral' && cls.kind !== fixed) {
				sink.error(
					'number_format_conflict',
					line,
					column,
					raw,
					`${q(text)} passt nicht zum Zahlenformat ${fixed === 'de' ? 'deutsch (1.234,5)' : 'englisch (1,234.5)'} des Mapping-Profils.`
				);
				return;
			}
			value = cls.value;
			if (!fixed && cls.kind !== 'neutral' && this.#mark(cls.kind)) this.#markText.set(this.#store.n, text);
		}
		if (!this.#valid(value, negative, spec, text, line, column)) {
			// Keep indices of marked cells aligned: push a placeholder that is removed at the end.
			if (!fixed && cls.kind !== 'neutral' && cls.kind !== 'ambiguous')
				this.#removed.add(this.#push(period, spec, NaN, line, column));
			return;
		}
		this.#push(period, spec, value, line, column);
	}

	/**
	 * Note that the next value (index `#store.n`) is written in one convention; true when its text is
	 * still to be kept for messages (the first MARK_LIMIT only).
	 */
	#mark(kind: 'de' | 'en'): boolean {
		this.convention[kind]++;
		this.#marks[kind].push(this.#store.n);
		return this.#markText.size < MARK_LIMIT;
	}

	#countIndex(spec: CountSpec): number {
		let c = this.#specIndex.get(spec);
		if (c === undefined) {
			c = this.#specIndex.size;
			this.#specIndex.set(spec, c);
			this.#specs.push(spec);
		}
		return c;
	}

	/** Store a value of the authority last registered by `#first` (every push follows one). */
	#push(period: number, spec: CountSpec, value: number, line: number, column: number): number {
		return this.#store.push(this.#authorityId, period, this.#specIndex.get(spec) ?? 0, value, line, column);
	}

	#valid(
		value: number,
		negative: boolean,
		spec: CountSpec,
		text: string,
		line: number,
		column: number
	): boolean {
		const sink = this.#sink;
		if (negative && value !== 0) {
			sink.error(
				'negative',
				line,
				column,
				text,
				`${q(text)} ist negativ; ${spec.id} ist ${kindLabel(spec.kind)} ≥ 0.`
			);
			return false;
		}
		// Whole numbers first: most values are, and the kind is looked up only for the others.
		if (!Number.isInteger(value) && isIntegerKind(spec.kind)) {
			sink.error(
				'not_integer',
				line,
				column,
				text,
				`${q(text)} ist keine ganze Zahl; ${spec.id} ist ${kindLabel(spec.kind)}.`
			);
			return false;
		}
		if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) {
			sink.error('too_large', line, column, text, `${q(text)} ist zu groß.`);
			return false;
		}
		return true;
	}

	/**
	 * Resolve pending cells, report cells against the majority convention, drop the rejected values.
	 * With `columnar`, the values come as typed-array columns (`columns`) and `values` is empty.
	 */
	finish(columnar = false): {
		values: BaseValue[];
		columns: ValueColumns | null;
		numberFormat: NumberFormat;
	} {
		const sink = this.#sink;
		const format = this.convention.format;
		const resolved = format === 'mixed' ? null : this.convention.resolved;
		if (format === 'mixed') {
			const majority = this.convention.resolved;
			const minority = majority === 'de' ? 'en' : majority === 'en' ? 'de' : null;
			const against: ('de' | 'en')[] = minority ? [minority] : ['de', 'en'];
			for (const kind of against)
				for (const index of this.#marks[kind]) {
					if (index >= this.#store.n || this.#removed.has(index)) continue;
					this.#removed.add(index);
					const raw = this.#markText.get(index) ?? '';
					sink.error(
						'number_format_conflict',
						this.#store.cols.line[index] ?? 1,
						this.#store.cols.column[index] ?? 1,
						raw,
						`${q(raw || String(this.#store.cols.value[index]))} ist ${kind === 'de' ? 'deutsch' : 'englisch'} geschrieben, andere Zahlen der Datei ${kind === 'de' ? 'englisch' : 'deutsch'}. Bitte ein einheitliches Zahlenformat verwenden.`
					);
				}
		}
		for (const p of this.#pending) {
			if (p.index >= this.#store.n) continue;
			const line = this.#store.cols.line[p.index] ?? 1;
			const column = this.#store.cols.column[p.index] ?? 1;
			const reading = resolved ?? kindReading(p) ?? (this.#dotDecimal && !p.raw.includes(',') ? 'en' : null);
			if (!reading) {
				this.#removed.add(p.index);
				sink.error(
					'ambiguous_number',
					line,
					column,
					p.raw,
					`${q(p.raw)} ist mehrdeutig: deutsch gelesen ${p.de}, englisch gelesen ${p.en}. Die übrigen Zahlen der Datei legen das Format nicht fest. Bitte ohne Tausendertrennzeichen schreiben oder das Zahlenformat im Mapping-Profil angeben.`
				);
				continue;
			}
			const value = p[reading];
			if (!this.#valid(value, p.negative, p.spec, p.raw, line, column)) this.#removed.add(p.index);
			else this.#store.cols.value[p.index] = value;
		}
		return columnar
			? { values: [], columns: this.#columns(), numberFormat: format }
			: { values: this.#objects(), columns: null, numberFormat: format };
	}

	#kept(): number[] | null {
		if (this.#removed.size === 0) return null;
		const kept: number[] = [];
		for (let i = 0; i < this.#store.n; i++) if (!this.#removed.has(i)) kept.push(i);
		return kept;
	}

	/** The collector's dictionaries, as the columns carry them. */
	#dictionaries(): { authorities: string[]; counts: string[] } {
		return { authorities: [...this.#authorityNames], counts: this.#specs.map((s) => s.id) };
	}

	#objects(): BaseValue[] {
		const view = this.#store.view(this.#dictionaries());
		const kept = this.#kept();
		return kept ? kept.map((i) => valueAt(view, i)) : decodeValues(view);
	}

	#columns(): ValueColumns {
		return this.#store.columns(this.#dictionaries(), this.#kept());
	}
}
