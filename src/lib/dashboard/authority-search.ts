/**
 * Finding „Mein Amt“ by typing part of its name or key (the picker `AuthorityCombobox.svelte`).
 *
 * What the list shows follows the ring's disclosure: in a named ring every member as „Name (key)“;
 * in a pseudonymous ring only the own authority is named, every other member is shown by its key
 * alone — never by name, and never next to its pseudonym (that would undo the pseudonym). Typing a
 * name still finds a member: a department head looks for the own office by name, and what comes up
 * for another member is its key, which the picker showed before anyway (keys are the public
 * Kreisschlüssel) — so no name is ever put on the page that was not typed there.
 *
 * Matching is forgiving in the ways people type: any case, „Muenchen“ or „Munchen“ for „München“,
 * „ss“ for „ß“, several words in any order („kiel stadt“). Best matches first: a key that starts
 * with what was typed, then a name with a word that does, then the rest, each in the ring's order.
 */
import type { Authority } from '../ring/types.ts';

export interface AuthorityOption {
	id: string;
	/** What the list and the field show. */
	label: string;
	/** Whether `label` names the authority (own authority, or a named ring). */
	named: boolean;
	/** Folded key and name, both spellings of umlauts (see `fold`). */
	search: string[];
	/** Folded words of the name, for „starts a word“. */
	words: string[];
}

/** Lower case; umlauts as ae/oe/ue (`twoLetters`) or as their base letter; ß as ss; other accents dropped. */
function fold(text: string, twoLetters: boolean): string {
	let out = text.toLocaleLowerCase('de').replace(/ß/g, 'ss');
	if (twoLetters) out = out.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
	return out
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const words = (text: string) => text.split(' ').filter(Boolean);

type Folded = Pick<AuthorityOption, 'search' | 'words'>;

/**
 * Folded key and name per member, made when first searched and kept as long as the ring's member
 * is: the options are made again on every change of the view (the own authority's label), and
 * folding 550 names four times over (`normalize`, Unicode classes) cost 5–10 ms of each change
 * and 30 ms before the first chart.
 */
const foldedOf = new WeakMap<Authority, Folded>();

function folded(a: Authority): Folded {
	let keys = foldedOf.get(a);
	if (!keys) {
		const text = `${a.authority_id} ${a.name}`;
		keys = {
			search: [fold(text, true), fold(text, false)],
			words: [...words(fold(a.name, true)), ...words(fold(a.name, false))]
		};
		foldedOf.set(a, keys);
	}
	return keys;
}

/** The picker's options in the ring's order, labelled by disclosure (see header). */
export function authorityOptions(
	authorities: readonly Authority[],
	named: boolean,
	ownId: string | undefined
): AuthorityOption[] {
	return authorities.map((a) => {
		const showName = named || a.authority_id === ownId;
		// The folded keys when first searched: the picker is drawn with every view, searched seldom.
		return {
			id: a.authority_id,
			label: showName ? `${a.name} (${a.authority_id})` : a.authority_id,
			named: showName,
			get search() {
				return folded(a).search;
			},
			get words() {
				return folded(a).words;
			}
		};
	});
}

export interface AuthorityMatches {
	/** At most `limit`, best first. */
	shown: AuthorityOption[];
	/** All matches. */
	total: number;
}

/** The options matching `query` (every word of it, anywhere in key or name); all for an empty query. */
export function searchAuthorities(
	options: readonly AuthorityOption[],
	query: string,
	limit: number
): AuthorityMatches {
	const variants = [words(fold(query, true)), words(fold(query, false))];
	if (variants[0]!.length === 0) return { shown: options.slice(0, limit), total: options.length };
	const ranked: { option: AuthorityOption; rank: number; at: number }[] = [];
	options.forEach((option, at) => {
		const hit = variants.some((terms) => terms.every((term) => option.search.some((s) => s.includes(term))));
		if (!hit) return;
		const first = [variants[0]![0]!, variants[1]![0]!];
		const rank = first.some((term) => option.id.toLowerCase().startsWith(term))
			? 0
			: first.some((term) => option.words.some((w) => w.startsWith(term)))
				? 1
				: 2;
		ranked.push({ option, rank, at });
	});
	ranked.sort((a, b) => a.rank - b.rank || a.at - b.at);
	return { shown: ranked.slice(0, limit).map((r) => r.option), total: ranked.length };
}
