/**
 * How a Datenstand is named on every output (issue: „Datenstand 2025‑1 vom 12.03.2026 · a3f91c07“):
 * the header line, print, and the stamp of each download (CSV column, SVG/PNG caption). One place, so
 * the slides, handouts and reports that come later say it the same way.
 */
import { formatDate } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import type { DatenstandStatus, ReleaseInfo } from '../ring/datenstand.ts';

/** The hash as shown next to a Datenstand: its first 8 hex digits (docs/ring-format.md). */
export function shortHash(hash: string): string {
	return hash.slice(0, 8);
}

/** „Datenstand 2024-1 vom 12.03.2025 · e7c75142“ */
export function releaseLabel(release: ReleaseInfo): string {
	return t('release.label', {
		name: release.name,
		date: formatDate(new Date(release.created)),
		hash: shortHash(release.hash)
	});
}

/** What the header shows: the Datenstand, „geändert seit …“ or that there is none. */
export function datenstandLine(status: DatenstandStatus): string {
	if (!status.latest) return t('release.none');
	const label = releaseLabel(status.latest);
	return status.changed ? t('release.changed_since', { release: label }) : label;
}

/**
 * What a download carries: the header line, and — when the values are not those of a Datenstand — the
 * short hash of the values it was made from, so two downloads can be told apart.
 */
export function datenstandStamp(status: DatenstandStatus): string {
	const line = datenstandLine(status);
	if (status.latest && !status.changed) return line;
	return t('release.with_values', {
		text: line,
		values: t('release.current_values', { hash: shortHash(status.valuesHash) })
	});
}
