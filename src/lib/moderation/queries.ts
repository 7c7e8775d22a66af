/**
 * The query list to one member (issue 29): its open findings (status offen or Rückfrage gestellt) and
 * its missing base counts of one period. It names only that member — findings' messages carry labels
 * and values, never another member — so it can be sent as it is.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { cellStatus, type CompletenessIndex } from './completeness.ts';
import type { FindingRow } from './findings.ts';

export interface QueryList {
	findings: FindingRow[];
	/** Base counts the member did not deliver, catalogue order. */
	missing: { id: string; label: string }[];
}

export function queryList(
	catalogue: Catalogue,
	index: CompletenessIndex,
	rows: readonly FindingRow[],
	authorityId: string,
	period: number
): QueryList {
	return {
		findings: rows.filter(
			(r) =>
				r.finding.authority_id === authorityId &&
				r.finding.period === period &&
				(r.status === 'offen' || r.status === 'rueckfrage')
		),
		missing: catalogue.base_counts
			.filter((b) => cellStatus(index, authorityId, period, b.id) === 'missing')
			.map((b) => ({ id: b.id, label: b.label }))
	};
}
