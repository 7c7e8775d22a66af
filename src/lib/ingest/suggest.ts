/**
 * Suggestions for the mapping page: for each header of a file, the most likely target (a count id or a
 * key role) with a confidence, plus alternatives. 1.0 = exact id, synonym or `Label (id)`; 0.95 = the
 * German label; below 0.9 = fuzzy (only offered, the user confirms). A profile's own mapping wins (1.0).
 * A column that names the authority beside its key column is `ignore` (`name`), never a second key.
 */
import { indexSpecs, matchHeader, nameColumnsBesideKey, suggestTargets, type Suggestion } from './headers.ts';
import { profileRole, type MappingProfile } from './profile.ts';
import type { ColumnRole, CountSpec } from './types.ts';

export interface HeaderSuggestion {
	/** 1-based column. */
	column: number;
	header: string;
	/** Best target (count id, `authority_id`, `period`, `count_id`, `value`, `ignore`) or null. */
	target: string | null;
	confidence: number;
	/** `profile`, `id`, `synonym`, `label_id`, `label`, `name` (the authority's name: ignored), `fuzzy`, `none`. */
	via: string;
	alternatives: Suggestion[];
}

function targetOf(role: ColumnRole): string | null {
	if (role.kind === 'count') return role.countId;
	if (role.kind === 'unknown' || role.kind === 'empty') return null;
	return role.kind;
}

export function suggestMapping(
	headers: string[],
	specs: CountSpec[],
	profile: MappingProfile | null = null
): HeaderSuggestion[] {
	const index = indexSpecs(specs);
	const certain = headers.map((header) => matchHeader(header, index));
	const names = new Set(
		nameColumnsBesideKey(
			headers,
			certain.map((m, i) => (profile && profileRole(headers[i]!, profile) ? { kind: 'unknown' } : m.role))
		)
	);
	return headers.map((header, i) => {
		const column = i + 1;
		const fromProfile = profile ? profileRole(header, profile) : null;
		if (fromProfile)
			return {
				column,
				header,
				target: targetOf(fromProfile),
				confidence: 1,
				via: 'profile',
				alternatives: []
			};
		if (names.has(i))
			return { column, header, target: 'ignore', confidence: 1, via: 'name', alternatives: [] };
		const match = certain[i]!;
		const target = targetOf(match.role);
		if (target !== null)
			return { column, header, target, confidence: match.confidence, via: match.via, alternatives: [] };
		const ranked = suggestTargets(header, index, 4);
		const best = ranked[0];
		return {
			column,
			header,
			target: best?.target ?? null,
			confidence: best?.confidence ?? 0,
			via: best ? 'fuzzy' : 'none',
			alternatives: ranked.slice(1)
		};
	});
}
