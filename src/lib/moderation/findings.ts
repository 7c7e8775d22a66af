/**
 * The findings workbench as data (issue 29), shared by the page and the CLI's `findings`: every
 * plausibility finding of the ring with the base counts and KPIs it concerns and its moderation status.
 *
 * Identity: a finding is the same finding across imports when authority, period, rule and its
 * *subject* are the same — the base counts it names, or the KPI of a KPI limit (`findingSubject`). Its
 * values are not part of the identity: they are what a correction changes. A stored status remembers
 * the values it was set on; when the finding's values differ now, or the finding is gone, a later
 * import changed what was queried, and the status reads „korrigiert“ — detected, not set.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import type { Finding } from '../engine/plausibility.ts';
import { statusKey } from '../ring/package/parts/moderation.ts';
import type { FindingStatus, FindingStatusCode } from '../ring/package/types.ts';

/** The engine's finding, as the moderation page shows it (pages never import the engine). */
export type { Finding };

export interface FindingRow {
	finding: Finding;
	/** The status key (`statusKey`) of the finding. */
	key: string;
	subject: string[];
	count_ids: string[];
	kpi_ids: string[];
	status: FindingStatusCode;
	/** The stored status, when the moderator set one. */
	stored: FindingStatus | null;
	/** True when the status reads „korrigiert“ because the values changed since it was set. */
	corrected: boolean;
}

/** The ids that identify a finding: its base counts, or (a KPI limit) its KPI. */
export function findingSubject(f: Pick<Finding, 'ids'>, baseIds: ReadonlySet<string>): string[] {
	const counts = f.ids.filter((id) => baseIds.has(id));
	return counts.length ? counts : [...f.ids];
}

const sameValues = (a: readonly (number | null)[], b: readonly (number | null)[]) =>
	a.length === b.length && a.every((v, i) => v === b[i]);

/** Base counts and KPIs a finding concerns (catalogue order for derived KPIs). */
export function concerned(f: Finding, catalogue: Catalogue): { count_ids: string[]; kpi_ids: string[] } {
	const baseIds = new Set(catalogue.base_counts.map((b) => b.id));
	const named = f.ids.filter((id) => baseIds.has(id));
	const kpis = f.ids.filter((id) => !baseIds.has(id));
	// A KPI limit concerns the counts its KPI reads; a count finding concerns the KPIs that read it.
	const count_ids = named.length
		? named
		: [...new Set(catalogue.kpis.filter((k) => kpis.includes(k.id)).flatMap((k) => k.inputs))];
	const kpi_ids = kpis.length
		? kpis
		: catalogue.kpis.filter((k) => k.inputs.some((id) => named.includes(id))).map((k) => k.id);
	return { count_ids, kpi_ids };
}

export function findingKey(f: Finding, baseIds: ReadonlySet<string>): string {
	return statusKey({ ...f, ids: findingSubject(f, baseIds) });
}

export interface Workbench {
	rows: FindingRow[];
	/** Stored statuses whose finding is gone: corrected by a later import. */
	resolved: FindingStatus[];
}

export function workbench(
	catalogue: Catalogue,
	findings: readonly Finding[],
	statuses: readonly FindingStatus[]
): Workbench {
	const baseIds = new Set(catalogue.base_counts.map((b) => b.id));
	const stored = new Map(statuses.map((s) => [statusKey(s), s]));
	const seen = new Set<string>();
	const rows = findings.map((finding): FindingRow => {
		const subject = findingSubject(finding, baseIds);
		const key = statusKey({ ...finding, ids: subject });
		seen.add(key);
		const s = stored.get(key) ?? null;
		const corrected = s !== null && s.status !== 'korrigiert' && !sameValues(s.values, finding.values);
		return {
			finding,
			key,
			subject,
			...concerned(finding, catalogue),
			status: corrected ? 'korrigiert' : (s?.status ?? 'offen'),
			stored: s,
			corrected
		};
	});
	return { rows, resolved: statuses.filter((s) => !seen.has(statusKey(s))) };
}

/** A new stored status for `row`, remembering the values it was set on. */
export function setStatus(
	row: FindingRow,
	status: FindingStatusCode,
	note: string,
	date: string
): FindingStatus {
	const f = row.finding;
	return {
		authority_id: f.authority_id,
		period: f.period,
		rule: f.rule,
		ids: row.subject,
		status,
		date,
		values: [...f.values],
		note
	};
}

/** `statuses` with `next` replacing the entry of the same finding. */
export function withStatus(statuses: readonly FindingStatus[], next: FindingStatus): FindingStatus[] {
	const key = statusKey(next);
	return [...statuses.filter((s) => statusKey(s) !== key), next];
}

export const FINDINGS_COLUMNS = [
	'authority_id',
	'period',
	'rule',
	'severity',
	'count_ids',
	'kpi_ids',
	'message',
	'status'
] as const;

/** The CLI's `findings` rows (ids `|`-separated), the finding worded by `say` (i18n/engine-text.ts). */
export function findingsRecords(
	rows: readonly FindingRow[],
	say: (f: Finding) => string
): Record<(typeof FINDINGS_COLUMNS)[number], string | number>[] {
	return rows.map((r) => ({
		authority_id: r.finding.authority_id,
		period: r.finding.period,
		rule: r.finding.rule,
		severity: r.finding.severity,
		count_ids: r.count_ids.join('|'),
		kpi_ids: r.kpi_ids.join('|'),
		message: say(r.finding),
		status: r.status
	}));
}
