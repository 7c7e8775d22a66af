/**
 * The words for members on „Ringe“: kinds and Länder by name, and each problem of a member edit
 * (`ring/members.ts` returns codes and facts) as a German sentence.
 */
import { t } from '../i18n/translate.ts';
import type { MemberProblem } from '../ring/members.ts';
import { AUTHORITY_KINDS, STATE_CODES, type AuthorityKind, type StateCode } from '../ring/types.ts';

export const kindLabel = (kind: string): string =>
	(AUTHORITY_KINDS as readonly string[]).includes(kind) ? t(`import.kind_${kind as AuthorityKind}`) : kind;

export const landLabel = (code: string): string =>
	(STATE_CODES as readonly string[]).includes(code) ? t(`land.${code as StateCode}`) : code;

export const kindOptions = () => AUTHORITY_KINDS.map((value) => ({ value, label: kindLabel(value) }));

export const landOptions = () =>
	STATE_CODES.map((value) => ({ value, label: `${landLabel(value)} (${value})` })).sort((a, b) =>
		a.label.localeCompare(b.label, 'de')
	);

export function memberProblemText(problem: MemberProblem): string {
	const params = { ...problem.params };
	// Länder are named, not coded, in a sentence.
	for (const key of ['land', 'state'] as const)
		if (typeof params[key] === 'string') params[key] = landLabel(params[key]);
	return t(`members.problem.${problem.code}`, params);
}
