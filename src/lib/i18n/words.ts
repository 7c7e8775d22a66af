/**
 * The engine's codes worded for the page (engine-text.ts) in the interface language, with the
 * catalogue's labels in it: what the dashboard, the import and moderation pages show of findings,
 * fehlerhaft values and groups.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import type { ErrorMark } from '../engine/erroneous.ts';
import type { Finding } from '../engine/plausibility.ts';
import type { PeerGroup } from '../engine/peers.ts';
import { problemKeys, type StorageProblem } from '../ring/storage-problem.ts';
import type { Unit } from '../format/index.ts';
import { baseCountLabel, kpiLabel } from './catalogue.ts';
import { errorMarksText, findingText, groupReasonText, type Wording } from './engine-text.ts';
import { MessageError, word, type Message } from './messages.ts';
import { t } from './translate.ts';

type Labelled = Pick<Catalogue, 'base_counts' | 'kpis'>;

export function wording(catalogue: Labelled): Wording {
	const kpis = new Map(catalogue.kpis.map((k) => [k.id, k]));
	const counts = new Map(catalogue.base_counts.map((b) => [b.id, b]));
	return {
		t,
		label: (id) => {
			const kpi = kpis.get(id);
			if (kpi) return kpiLabel(kpi);
			const count = counts.get(id);
			return count ? baseCountLabel(count) : id;
		},
		unit: (id) => (kpis.get(id)?.unit ?? '') as Unit,
		kind: (id) => counts.get(id)?.kind
	};
}

/** A plausibility finding as a sentence. */
export const findingMessage = (f: Finding, catalogue: Labelled): string => findingText(f, wording(catalogue));

/** Why the own value is fehlerhaft, with its values. */
export const errorMarksMessage = (marks: readonly ErrorMark[], catalogue: Labelled): string =>
	errorMarksText(marks, wording(catalogue));

/** Why the group is empty or the own authority is not in it; '' when nothing is wrong. */
export const groupReason = (group: PeerGroup, catalogue: Labelled): string =>
	group.reason ? groupReasonText({ ...group, reason: group.reason }, wording(catalogue)) : '';

/** A message said as data (a notice, a problem) in the page's language. */
export const messageText = (said: Message): string => word(said, t);

/** Why something failed, for a status line: a `MessageError` in the page's language, else its text. */
export function errorText(error: unknown): string {
	if (error instanceof MessageError) return word(error.said, t);
	return error instanceof Error ? error.message : String(error);
}

/** A storage problem in the page's language: what happened and what it means. */
export function storageProblemText(problem: Pick<StorageProblem, 'code' | 'action'>): string {
	const [cause, consequence] = problemKeys(problem);
	return `${t(cause)} ${t(consequence)}`;
}
