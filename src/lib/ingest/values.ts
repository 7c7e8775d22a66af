/**
 * Collecting base values: number reading, kind checks, duplicates, and the deferred number convention.
 *
 * Why deferred: whether `1.234` is 1234 or 1.234 depends on the file's convention, which is only known
 * after all cells are seen (a `12,5` in the last row makes the whole file German). Ambiguous cells are
 * stored with a placeholder and resolved in `finish()`; when the convention stays unknown they are
 * errors — never a silent guess. Cells that contradict the majority convention are errors too.
 */
import type { BaseValue } from '../ring/types.ts';
import {
	isIntegerKind,
	formatName,
	kindLabel,
	MISSING_PLACEHOLDERS,
	NumberConvention,
	parseNumberCell,
	QUICK,
	quickGerman
} from './numbers.ts';
import { KeyTable } from './key-table.ts';
import { m, shorten, type ProblemSink } from './problems.ts';
import type { CountSpec, NumberFormat, ValueColumns } from './types.ts';
import { ValueStore, type StoredPart } from './value-store.ts';

interface Pending {
	index: number;
	de: number;
	en: number;
	raw: string;
	spec: CountSpec;
	negative: boolean;
}

/**
 * A collector's values and bookkeeping as plain data: a later part of a split file, read in another
 * worker (split.ts). Authorities and counts are the part's own indices into `authorities`/`counts`.
 */
export interface CollectorPart extends StoredPart {
	authorities: string[];
	/** Count ids, in the order the part first saw them. */
	counts: string[];
	/** Keys registered (cells seen, stored or not) of authority a: keys[keyStart[a] … keyStart[a + 1]). */
	keyStart: Uint32Array;
	keys: Int32Array;
	pending: (Omit<Pending, 'spec'> & { spec: number })[];
	marks: { de: Uint32Array; en: Uint32Array };
	markText: [number, string][];
	removed: Uint32Array;
	de: number;
	en: number;
}

/** Remembered raw text of convention-marked cells, only needed when a file turns out mixed. */
const MARK_LIMIT = 2000;

export class ValueCollector {
	readonly convention: NumberConvention;
	readonly #sink: ProblemSink;
	/** Authority → its index (into `#authorityNames`). */
	readonly #seen = new Map<string, number>();
	/**
	 * (authority index, period, count index) → line of the first cell. The column need not be stored:
	 * within one file a count always sits in the same column (wide: its column; long: the value column).
	 */
	readonly #keys = new KeyTable();
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
	readonly #store = new ValueStore();
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
			this.#push(authority, period, spec, value, line, column);
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
		const earlier = this.#keys.add(id, period, this.#countIndex(spec), line);
		if (earlier !== 0) {
			this.#sink.error(
				'duplicate_value',
				line,
				column,
				raw,
				m('ingest.duplicate_value', { authority, period, count: spec.id, earlier, column, line })
			);
			return false;
		}
		return true;
	}

	/** Read one cell; an empty cell is a missing value (nothing stored, not 0). */
	add(authority: string, period: number, spec: CountSpec, raw: string, line: number, column: number): void {
		const text = raw.trim();
		if (text === '') return;
		const sink = this.#sink;
		const first = text.charCodeAt(0);
		const digit = first >= 48 && first <= 57;
		if (!digit && text.length <= 5 && MISSING_PLACEHOLDERS.has(text.toLowerCase())) {
			sink.warn('placeholder', line, column, raw, m('ingest.placeholder', { text: shorten(text) }));
			return;
		}
		if (!this.#first(authority, period, spec, raw, line, column)) return;
		if (digit && quickGerman(text)) {
			this.#addQuick(authority, period, spec, text, raw, line, column);
			return;
		}
		const { cls, negative } = parseNumberCell(text);
		if (cls.kind === 'invalid') {
			sink.error(
				'invalid_number',
				line,
				column,
				raw,
				m('ingest.invalid_number', { text: shorten(text), count: spec.id, kind: kindLabel(spec.kind) })
			);
			return;
		}
		const fixed = this.convention.fixed;
		let value: number;
		if (cls.kind === 'ambiguous') {
			if (fixed) value = cls[fixed];
			else {
				this.#pending.push({
					index: this.#push(authority, period, spec, NaN, line, column),
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
					m('ingest.format_conflict_profile', { text: shorten(text), format: formatName(fixed) })
				);
				return;
			}
			value = cls.value;
			if (!fixed && cls.kind !== 'neutral' && this.#mark(cls.kind)) this.#markText.set(this.#store.n, text);
		}
		if (!this.#valid(value, negative, spec, text, line, column)) {
			// Keep indices of marked cells aligned: push a placeholder that is removed at the end.
			if (!fixed && cls.kind !== 'neutral' && cls.kind !== 'ambiguous')
				this.#removed.add(this.#push(authority, period, spec, NaN, line, column));
			return;
		}
		this.#push(authority, period, spec, value, line, column);
	}

	/** `add` for a cell decided by `quickGerman` (the same rules as the general branch, no allocation). */
	#addQuick(
		authority: string,
		period: number,
		spec: CountSpec,
		text: string,
		raw: string,
		line: number,
		column: number
	): void {
		const kind = QUICK.kind;
		const value = QUICK.value;
		const fixed = this.convention.fixed;
		if (fixed && kind === 'de' && fixed !== 'de') {
			this.#sink.error(
				'number_format_conflict',
				line,
				column,
				raw,
				m('ingest.format_conflict_profile', { text: shorten(text), format: formatName('en') })
			);
			return;
		}
		const marked = !fixed && kind === 'de';
		if (marked && this.#mark('de')) this.#markText.set(this.#store.n, text);
		if (!this.#valid(value, false, spec, text, line, column)) {
			if (marked) this.#removed.add(this.#push(authority, period, spec, NaN, line, column));
			return;
		}
		this.#push(authority, period, spec, value, line, column);
	}

	/**
	 * The fast lane's check (fast-rows.ts) of a cell read by `quickCodes`: would `add` store it
	 * without any problem — no repeated key, no clash with the profile's number format, the kind's
	 * checks passed? Changes nothing, so a record can be declined after looking at all its cells.
	 */
	isClean(authority: string, period: number, spec: CountSpec, de: boolean, value: number): boolean {
		return this.#cleanNumber(spec, de, value) && !this.#repeats(authority, period, this.#specIndex.get(spec));
	}

	/** Whether the file already had a cell for this key (`count`: the spec's index, if it has one yet). */
	#repeats(authority: string, period: number, count: number | undefined): boolean {
		if (count === undefined) return false;
		const id = authority === this.#lastAuthority ? this.#lastId : this.#seen.get(authority);
		return id !== undefined && this.#keys.has(id, period, count);
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

	#cleanNumber(spec: CountSpec, de: boolean, value: number): boolean {
		if (de && this.convention.fixed === 'en') return false;
		if (!Number.isInteger(value) && isIntegerKind(spec.kind)) return false;
		return Number.isFinite(value) && value <= Number.MAX_SAFE_INTEGER;
	}

	/**
	 * Store a cell read by `quickCodes` as `add` would (key, convention mark, value), if it gives no
	 * problem: true when stored, false — and nothing changed — when it would give one. `checked`:
	 * `isClean` has said yes already (a record with several cells is checked as a whole first). The
	 * cell is `text[start…end)`, sliced only for the first marked cells' messages.
	 */
	addClean(
		authority: string,
		period: number,
		spec: CountSpec,
		de: boolean,
		value: number,
		line: number,
		column: number,
		text: string,
		start: number,
		end: number,
		checked = false
	): boolean {
		let count = this.#specIndex.get(spec);
		if (!checked && (!this.#cleanNumber(spec, de, value) || this.#repeats(authority, period, count)))
			return false;
		count ??= this.#countIndex(spec);
		const id = this.#register(authority);
		this.#keys.add(id, period, count, line);
		if (de && !this.convention.fixed && this.#mark('de'))
			this.#markText.set(this.#store.n, text.slice(start, end));
		this.#store.push(id, period, count, value, line, column);
		return true;
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
	#push(
		_authority: string,
		period: number,
		spec: CountSpec,
		value: number,
		line: number,
		column: number
	): number {
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
				m('ingest.negative', { text: shorten(text), count: spec.id, kind: kindLabel(spec.kind) })
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
				m('ingest.not_integer', { text: shorten(text), count: spec.id, kind: kindLabel(spec.kind) })
			);
			return false;
		}
		if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) {
			sink.error('too_large', line, column, text, m('ingest.too_large', { text: shorten(text) }));
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
						m('ingest.format_conflict_file', {
							text: shorten(raw || String(this.#store.cols.value[index])),
							written: m(kind === 'de' ? 'ingest.german' : 'ingest.english'),
							others: m(kind === 'de' ? 'ingest.english' : 'ingest.german')
						})
					);
				}
		}
		for (const p of this.#pending) {
			if (p.index >= this.#store.n) continue;
			const line = this.#store.cols.line[p.index] ?? 1;
			const column = this.#store.cols.column[p.index] ?? 1;
			const reading = resolved ?? (this.#dotDecimal && !p.raw.includes(',') ? 'en' : null);
			if (!reading) {
				this.#removed.add(p.index);
				sink.error(
					'ambiguous_number',
					line,
					column,
					p.raw,
					m('ingest.ambiguous', { text: shorten(p.raw), de: p.de, en: p.en })
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

	/**
	 * What this collector holds, for the collector of the file's start to absorb (a later part of a
	 * split file, read in another worker; plain data and typed arrays, cheap to send). Call once,
	 * after the part's row pass and instead of `finish()`.
	 */
	part(): CollectorPart {
		const names = this.#authorityNames;
		const { start: keyStart, keys } = this.#keys.byAuthority(names.length);
		const columns = this.#store.columns({ authorities: [], counts: [], files: [] }, null);
		return {
			authorities: [...names],
			counts: this.#specs.map((spec) => spec.id),
			authority: columns.authority,
			count: columns.count,
			period: columns.period,
			value: columns.value,
			line: columns.line,
			column: columns.column,
			keyStart,
			keys,
			pending: this.#pending.map((p) => ({ ...p, spec: this.#specIndex.get(p.spec)! })),
			marks: { de: Uint32Array.from(this.#marks.de), en: Uint32Array.from(this.#marks.en) },
			markText: [...this.#markText],
			removed: Uint32Array.from(this.#removed),
			de: this.convention.de,
			en: this.convention.en
		};
	}

	/**
	 * Take a later part of the file as if its cells had been added here, after all of this
	 * collector's. False — and nothing changed — when the part repeats a key of this collector:
	 * that cell's duplicate error depends on the line here, so the caller reads the part itself.
	 * `specOf` finds the count definition of a count id. The collection ends with it (`finish()`).
	 */
	absorb(part: CollectorPart, specOf: (id: string) => CountSpec | undefined): boolean {
		const specs = part.counts.map((id) => {
			const spec = specOf(id);
			if (!spec) throw new Error(`absorb: unknown count ${id}`);
			return spec;
		});
		// A key of the part that is already here? Keys are (period − 1900) · 4096 + count index.
		for (let a = 0; a < part.authorities.length; a++) {
			const here = this.#seen.get(part.authorities[a]!);
			if (here === undefined) continue;
			for (let k = part.keyStart[a]!; k < part.keyStart[a + 1]!; k++) {
				const key = part.keys[k]!;
				const c = key & 4095;
				const mine = this.#specIndex.get(specs[c]!);
				if (mine !== undefined && this.#keys.has(here, 1900 + (key - c) / 4096, mine)) return false;
			}
		}
		const authorityOf = part.authorities.map((name) => this.#seen.get(name) ?? this.#newAuthority(name));
		const countOf = specs.map((spec) => this.#countIndex(spec));
		const base = this.#store.n;
		this.#store.append(part, authorityOf, countOf);
		for (const p of part.pending) this.#pending.push({ ...p, index: p.index + base, spec: specs[p.spec]! });
		for (const index of part.marks.de) this.#marks.de.push(index + base);
		for (const index of part.marks.en) this.#marks.en.push(index + base);
		// Texts of the first MARK_LIMIT marked cells of the whole file, as one collector keeps them.
		for (const [index, text] of part.markText) {
			if (this.#markText.size >= MARK_LIMIT) break;
			this.#markText.set(index + base, text);
		}
		for (const index of part.removed) this.#removed.add(index + base);
		this.convention.de += part.de;
		this.convention.en += part.en;
		return true;
	}

	#kept(): number[] | null {
		if (this.#removed.size === 0) return null;
		const kept: number[] = [];
		for (let i = 0; i < this.#store.n; i++) if (!this.#removed.has(i)) kept.push(i);
		return kept;
	}

	#objects(): BaseValue[] {
		const kept = this.#kept();
		const n = kept ? kept.length : this.#store.n;
		const file = this.#sink.file;
		const c = this.#store.cols;
		const out = new Array<BaseValue>(n);
		for (let k = 0; k < n; k++) {
			const i = kept ? kept[k]! : k;
			out[k] = {
				authority_id: this.#authorityNames[c.authority[i]!]!,
				period: c.period[i]!,
				count_id: this.#specs[c.count[i]!]!.id,
				value: c.value[i]!,
				source: { file, line: c.line[i]!, column: c.column[i]! }
			};
		}
		return out;
	}

	#columns(): ValueColumns {
		return this.#store.columns(
			{
				authorities: [...this.#authorityNames],
				counts: this.#specs.map((s) => s.id),
				files: [this.#sink.file]
			},
			this.#kept()
		);
	}
}
