/** The user's decisions on authorities that are not ring members: add (name, kind, Land) or leave out. */
import { checkNewMember, type MemberProblem } from '../ring/members.ts';
import type { Authority, AuthorityKind, Ring, StateCode } from '../ring/types.ts';

export interface UnknownDecision {
	action: 'add' | 'skip' | '';
	name: string;
	kind: AuthorityKind;
	state: StateCode;
}

export type UnknownDecisions = Record<string, UnknownDecision>;

/** Where a decision starts. */
export const NEW_UNKNOWN: UnknownDecision = { action: '', name: '', kind: 'landkreis', state: 'BY' };

/** Not decided yet, or to be added without a name. */
export function isUnresolved(d: UnknownDecision | undefined): boolean {
	return !d || d.action === '' || (d.action === 'add' && d.name.trim() === '');
}

/**
 * Why authority `id` cannot be added as decided: the member rules of „Ringe“ (`ring/members.ts`) — a
 * key without its leading zero, a Land its key contradicts, a name taken. Empty when it is not to be
 * added, or can be.
 */
export function addProblems(ring: Ring, id: string, d: UnknownDecision | undefined): MemberProblem[] {
	if (d?.action !== 'add' || d.name.trim() === '') return [];
	return checkNewMember(ring, { authority_id: id, name: d.name, kind: d.kind, state: d.state });
}

export function newAuthorities(decisions: UnknownDecisions): Authority[] {
	return Object.entries(decisions)
		.filter(([, d]) => d.action === 'add' && d.name.trim() !== '')
		.map(([authority_id, d]) => ({ authority_id, name: d.name.trim(), kind: d.kind, state: d.state }));
}

export function skippedAuthorities(decisions: UnknownDecisions): Set<string> {
	return new Set(
		Object.entries(decisions)
			.filter(([, d]) => d.action === 'skip')
			.map(([id]) => id)
	);
}
