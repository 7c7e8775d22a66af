/**
 * Which saved what-if scenarios a report may carry (issue #28), kept apart from their computation
 * (scenarios.ts) so that /bericht's first paint needs none of the engine code.
 *
 * A report carries only the own authority's scenarios of the report's period: another member's
 * scenario would put its figures into this authority's report, another year's would mix a
 * hypothetical change of that year into this year's report.
 */
import type { Message } from '../i18n/messages.ts';
import type { Scenario } from '../ring/package/types.ts';

/** The scenarios the report of `authorityId` in `period` can carry, in the ring's order. */
export function reportableScenarios(
	scenarios: readonly Scenario[],
	authorityId: string,
	period: number
): Scenario[] {
	return scenarios.filter((s) => s.authority_id === authorityId && s.period === period);
}

/**
 * The scenarios named, in the order named (each once), or what is wrong with a name: not stored, or
 * another authority's or period's.
 */
export function pickScenarios(
	stored: readonly Scenario[],
	names: readonly string[],
	authorityId: string,
	period: number
): { scenarios: Scenario[]; problems: Message[] } {
	const scenarios: Scenario[] = [];
	const problems: Message[] = [];
	for (const name of new Set(names)) {
		const s = stored.find((x) => x.name === name);
		if (!s) problems.push({ key: 'rscn.error_unknown', params: { name } });
		else if (s.authority_id !== authorityId || s.period !== period)
			problems.push({
				key: 'rscn.error_other',
				params: { name, authority: s.authority_id, period: s.period, own: authorityId, report: period }
			});
		else scenarios.push(s);
	}
	return { scenarios, problems };
}
