/**
 * Finding text of the other language on a page (issue #20): the other language's messages and KPI catalogue
 * texts as patterns, every string the page gives a reader, and the words that are the same in either language
 * (ids, names, what the user's file says) left out before comparing. Used by the language*.spec.ts files.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../../src/lib/catalogue/node-loader.ts';
import type { MessageKey, Messages } from '../../../src/lib/i18n/messages.ts';
import { expect } from '../fixtures.ts';
import { demoReference } from './expected.ts';
import { CHANGED_RING, PROBLEM_LINES } from './language-pages.ts';

const catalogue = loadCatalogue();

/** The English catalogue as english.ts merges it (that module reads a Vite virtual module). */
export async function englishMessages(): Promise<Messages> {
	const dir = path.resolve('src/lib/i18n/en');
	const areas = await Promise.all(
		readdirSync(dir).map((f) => import(path.join(dir, f)) as Promise<{ en: Partial<Messages> }>)
	);
	return Object.assign({}, ...areas.map((a) => a.en)) as Messages;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * A message as a pattern: its placeholders match anything, the rest literally, not inside a word
 * (`gut` is not found in `Gutachten`, `days` not in `processing_days_total`). Messages with fewer than
 * three letters of their own (`„{id}“`, `{kpi}`) say nothing about the language and are left out.
 */
function pattern(template: string): { re: RegExp; needle: string } | null {
	const parts = template.split(/\{\w+\}/);
	if (letters(parts.join('')) < 3) return null;
	const body = parts.map(escape).join('[\\s\\S]*?');
	const needle = parts.reduce((a, b) => (b.length > a.length ? b : a));
	return { re: new RegExp(`(?<![\\p{L}\\d_])${body}(?![\\p{L}\\d_])`, 'u'), needle };
}

export interface Foreign {
	/** What the other language says, labelled for the failure message. */
	what: string;
	re: RegExp;
	/**
	 * A literal part every match contains: strings without it are passed by `includes` before the
	 * pattern runs — 1,400 patterns on 500–4,000 strings a page took 1–6 s of the test's CPU per check.
	 */
	needle: string;
}

/**
 * Everything in `other` that differs from `own`: messages by key, catalogue texts by id. A message
 * the page's own language says as well (English „Ring“ is German „Ring“ too) tells nothing.
 */
export function foreignTexts(other: Messages, own: Messages, texts: [string, string, string][]): Foreign[] {
	const out: Foreign[] = [];
	const ownTexts = [...Object.values(own), ...texts.map(([, , ours]) => ours)];
	for (const key of Object.keys(own) as MessageKey[]) {
		if (other[key] === own[key]) continue;
		const p = pattern(other[key]);
		if (p && !ownTexts.some((text) => p.re.test(text))) out.push({ what: `${key}: ${other[key]}`, ...p });
	}
	for (const [id, theirs, ours] of texts)
		if (theirs !== ours)
			out.push({ what: `${id}: ${theirs}`, re: new RegExp(escape(theirs), 'u'), needle: theirs });
	return out;
}

/** [id, German, English] of every catalogue text a page shows. */
export const CATALOGUE_TEXTS: [string, string, string][] = [
	...catalogue.fields.map((f) => [f.id, f.label, f.label_en!] as [string, string, string]),
	...catalogue.base_counts.map((b) => [b.id, b.label, b.label_en!] as [string, string, string]),
	...catalogue.derived.flatMap((d) =>
		d.label && d.label_en ? [[d.id, d.label, d.label_en] as [string, string, string]] : []
	),
	...catalogue.kpis.flatMap((k) => [
		[k.id, k.label, k.label_en!] as [string, string, string],
		[`${k.id} help`, k.help, k.help_en!] as [string, string, string]
	])
];

/**
 * Every string the page gives a reader: text nodes (hidden ones too: screen readers read them),
 * the attributes read aloud or shown (aria-label, title, placeholder, alt, an optgroup's label) and
 * the document title. A part marked as another language (`lang="en"` on „English“ in the switch)
 * is left out: it is meant to be in that language (`en-GB` is English, like `en`).
 */
async function pageStrings(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const lang = document.documentElement.lang;
		const foreign = (el: Element | null) => {
			const marked = el?.closest('[lang]');
			const primary = (tag: string | null | undefined) => tag?.split('-')[0];
			return (
				marked !== null && marked !== undefined && primary(marked.getAttribute('lang')) !== primary(lang)
			);
		};
		const out = [document.title];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const parent = n.parentElement;
			if (!parent || parent.closest('script, style') || foreign(parent)) continue;
			const text = n.textContent?.trim();
			if (text) out.push(text);
		}
		for (const el of document.body.querySelectorAll('*')) {
			if (foreign(el)) continue;
			for (const name of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']) {
				const value = el.getAttribute(name);
				if (value) out.push(value);
			}
		}
		return out;
	});
}

/** Ids are ids in either language: alone (`<code>visits</code>`) or in brackets after a label. */
const IDS = new Set([
	...[...catalogue.fields, ...catalogue.base_counts, ...catalogue.derived, ...catalogue.kpis].map(
		(e) => e.id
	),
	...['authority_id', 'period', 'count_id', 'value', 'ignore']
]);
const ID_IN_BRACKETS = new RegExp(`\\((${[...IDS].join('|')})\\)`, 'g');

/**
 * Names are names in either language: the rings' and their members', a Datenstand's name, and what
 * the user's file says.
 */
export async function ownWords(): Promise<string[]> {
	const ref = await demoReference();
	// The imported file's own words (its title, headers, cells) are the user's, in their language.
	const cells = PROBLEM_LINES.flatMap((line) => line.split(';')).filter((c) => letters(c) >= 3);
	return [
		ref.ring.meta.name,
		...ref.ring.authorities.map((a) => a.name),
		CHANGED_RING.meta.name,
		...CHANGED_RING.authorities.map((a) => a.name),
		'Sitzung März',
		// A formula is code, the same in either language (the report's definitions table shows it).
		...catalogue.kpis.map((k) => k.formula),
		...PROBLEM_LINES,
		...cells
	].sort((a, b) => b.length - a.length);
}

/** Fails naming every text of the other language on the page; `names` (ownWords) are taken out first. */
export async function expectNoForeign(
	page: Page,
	foreign: Foreign[],
	names: string[],
	where: string
): Promise<void> {
	const strings = [...new Set(await pageStrings(page))]
		.filter((s) => !IDS.has(s))
		.map((s) => names.reduce((t, name) => t.split(name).join(' '), s).replace(ID_IN_BRACKETS, ' '));
	const found: string[] = [];
	for (const s of strings)
		for (const f of foreign)
			if (s.includes(f.needle) && f.re.test(s)) found.push(`${f.what}  ←  „${s.slice(0, 160)}“`);
	expect([...new Set(found)], `${where}: text of the other language`).toEqual([]);
}
