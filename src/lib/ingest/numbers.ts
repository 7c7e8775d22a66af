/**
 * Reading numbers written the German or the English way — without ever guessing a factor of 1000.
 *
 * `classifyNumber` looks at one cell and says which conventions it is compatible with:
 * - `neutral`   plain integers (`1234`, `12 345`) — the same under both conventions;
 * - `de` / `en` only one reading exists (`1.234,5`, `1234,5`, `1.234.567` / `1,234.5`, `0.5`);
 * - `ambiguous` both readings exist and differ by a factor of 1000 (`1.234`, `12,500`).
 * The file's convention is then decided from all its cells (see `NumberConvention`), and ambiguous cells
 * are resolved only when the convention is known; otherwise they are an error.
 *
 * Thousands separators: `.` (de), `,` (en), space, NBSP, narrow NBSP, thin space (both). Groups must be
 * exactly three digits and the first group may not start with 0, so `0,500` is a decimal.
 */
import type { CountKind, NumberFormat } from './types.ts';

export type NumberClass =
	| { kind: 'neutral'; value: number }
	| { kind: 'de'; value: number }
	| { kind: 'en'; value: number }
	| { kind: 'ambiguous'; de: number; en: number }
	| { kind: 'invalid' };

export interface ParsedCell {
	cls: NumberClass;
	negative: boolean;
}

const SPACE = '[ \\u00a0\\u202f\\u2009]';
const RE_INT = /^\d+$/;
const RE_SPACED = new RegExp(`^[1-9]\\d{0,2}(?:${SPACE}\\d{3})+(?:([.,])(\\d+))?$`);
const RE_DE_FULL = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const RE_EN_FULL = /^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/;
const RE_DE_GROUPS = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const RE_EN_GROUPS = /^[1-9]\d{0,2}(?:,\d{3}){2,}$/;
const RE_AMBIG_DOT = /^[1-9]\d{0,2}\.\d{3}$/;
const RE_AMBIG_COMMA = /^[1-9]\d{0,2},\d{3}$/;
const RE_DE_DECIMAL = /^\d*,\d+$/;
const RE_EN_DECIMAL = /^\d*\.\d+$/;

/** Placeholders that mean "no value" in German tables; read as missing (never as 0), with a warning. */
export const MISSING_PLACEHOLDERS = new Set([
	'-',
	'–',
	'—',
	'.',
	'x',
	'k.a.',
	'k. a.',
	'n/a',
	'na',
	'n.v.',
	'?'
]);

function num(intPart: string, fraction: string): number {
	return Number(fraction === '' ? intPart : `${intPart}.${fraction}`);
}

function strip(s: string, chars: RegExp): string {
	return s.replace(chars, '');
}

/** Plain digits only (the common case in big files): no regex, no allocation. */
function plainDigits(s: string): boolean {
	if (s.length === 0 || s.length > 15) return false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

export function parseNumberCell(raw: string): ParsedCell {
	if (plainDigits(raw)) return { cls: { kind: 'neutral', value: Number(raw) }, negative: false };
	let s = raw.trim();
	let negative = false;
	if (s.length > 64) return { cls: { kind: 'invalid' }, negative };
	// Currency sign or code at either end (eur columns from finance exports).
	if (/€|eur/i.test(s)) s = s.replace(/^(?:€|EUR)\s*/i, '').replace(/\s*(?:€|EUR)$/i, '');
	if (s.startsWith('-') || s.startsWith('−')) {
		negative = true;
		s = s.slice(1).trimStart();
	} else if (s.startsWith('+')) s = s.slice(1).trimStart();
	const cls = classifyDigits(s);
	return { cls, negative };
}

function classifyDigits(s: string): NumberClass {
	if (s === '') return { kind: 'invalid' };
	if (RE_INT.test(s)) return { kind: 'neutral', value: Number(s) };
	const spaced = RE_SPACED.exec(s);
	if (spaced) {
		const [intPart, fraction] = [strip(s.split(/[.,]/)[0] ?? '', new RegExp(SPACE, 'g')), spaced[2] ?? ''];
		const value = num(intPart, fraction);
		if (spaced[1] === undefined) return { kind: 'neutral', value };
		return { kind: spaced[1] === ',' ? 'de' : 'en', value };
	}
	if (RE_DE_FULL.test(s)) {
		const [i, f] = s.split(',');
		return { kind: 'de', value: num(strip(i ?? '', /\./g), f ?? '') };
	}
	if (RE_EN_FULL.test(s)) {
		const [i, f] = s.split('.');
		return { kind: 'en', value: num(strip(i ?? '', /,/g), f ?? '') };
	}
	if (RE_DE_GROUPS.test(s)) return { kind: 'de', value: Number(strip(s, /\./g)) };
	if (RE_EN_GROUPS.test(s)) return { kind: 'en', value: Number(strip(s, /,/g)) };
	if (RE_AMBIG_DOT.test(s)) return { kind: 'ambiguous', de: Number(strip(s, /\./g)), en: Number(s) };
	if (RE_AMBIG_COMMA.test(s))
		return { kind: 'ambiguous', de: Number(s.replace(',', '.')), en: Number(strip(s, /,/g)) };
	if (RE_DE_DECIMAL.test(s)) return { kind: 'de', value: Number(s.replace(',', '.')) };
	if (RE_EN_DECIMAL.test(s)) return { kind: 'en', value: Number(s) };
	return { kind: 'invalid' };
}

/** Decides the convention of a file from the classes of its cells. */
export class NumberConvention {
	de = 0;
	en = 0;
	/** Fixed by a mapping profile or an option; then cells are judged against it immediately. */
	readonly fixed: 'de' | 'en' | null;

	constructor(fixed: 'de' | 'en' | null = null) {
		this.fixed = fixed;
	}

	note(cls: NumberClass): void {
		if (cls.kind === 'de') this.de++;
		else if (cls.kind === 'en') this.en++;
	}

	/** The convention to resolve ambiguous cells with, or null when it is unknown or contested. */
	get resolved(): 'de' | 'en' | null {
		if (this.fixed) return this.fixed;
		if (this.de > 0 && this.en === 0) return 'de';
		if (this.en > 0 && this.de === 0) return 'en';
		if (this.de > this.en) return 'de';
		if (this.en > this.de) return 'en';
		return null;
	}

	get format(): NumberFormat {
		if (this.fixed) return this.fixed;
		if (this.de > 0 && this.en > 0) return 'mixed';
		if (this.de > 0) return 'de';
		if (this.en > 0) return 'en';
		return 'neutral';
	}
}

const INTEGER_KINDS: ReadonlySet<CountKind> = new Set(['count', 'days', 'minutes']);

/** Whether a base count of this kind must be a whole number. */
export function isIntegerKind(kind: CountKind): boolean {
	return INTEGER_KINDS.has(kind);
}

/** German name of a kind for messages. */
export function kindLabel(kind: CountKind): string {
	return {
		count: 'eine Anzahl (ganze Zahl)',
		days: 'eine Summe von Tagen (ganze Zahl)',
		minutes: 'eine Summe von Minuten (ganze Zahl)',
		fte: 'Vollzeitäquivalente (Dezimalzahl)',
		eur: 'ein Eurobetrag (Dezimalzahl)'
	}[kind];
}
