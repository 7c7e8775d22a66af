/** English messages of the release-step area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/release-step.ts';

export const en: Record<keyof typeof de, string> = {
	'prov.mark': 'provisional',
	'prov.mark_title': 'rests on data not yet released (draft)',
	'prov.note_own_group':
		'Provisional: the data of {own} for {period} are not yet released (draft), in the peer group (own included) those of {n} of the {of} members.',
	'prov.note_own': 'Provisional: the data of {own} for {period} are not yet released (draft).',
	'prov.note_group':
		'Provisional: {n} of the {of} members of the peer group have data for {period} that are not yet released (draft); median, quartiles, rank and position are provisional.',
	'prov.note_values': 'Provisional: {n} of the {of} values shown rest on data not yet released (draft).',
	'prov.note_trend': 'Provisional: in {periods} values rest on data not yet released (draft).',
	'prov.col_own': 'Own value provisional',
	'prov.col_group': 'Group values provisional',
	'mpkg.heading': 'Member packages',
	'mpkg.intro':
		'One ring package per member in which only that member keeps its key and name: every other member appears under its pseudonym (“Authority K”) and a random pseudonym key that is the same in every package of the ring. Kind and Land stay, the size class travels with it, custom peer groups are re-keyed.',
	'mpkg.released_only': 'released data only',
	'mpkg.round': 'round population and foreign population to 1,000',
	'mpkg.identifiable':
		'What stays identifiable: exact base counts such as the population can be matched against public statistics, and kind, Land and size class together may point to one authority in a small Land. Rounding makes matching harder, it does not prevent it.',
	'mpkg.member': 'Member',
	'mpkg.one': 'Download the package for this member',
	'mpkg.all': 'All {n} member packages (one zip)',
	'mpkg.progress': 'Package {n} of {of} …',
	'mpkg.done_one': 'Member package for {member} made.',
	'mpkg.done_all': '{n} member packages made (one zip holding one package each).',
	'mpkg.failed': 'Member packages not made: {reason}',
	'mpkg.keys_in_memory':
		'Note: the ring is not stored; its pseudonym keys are in memory only. Store it (Rings) so that later packages carry the same keys.',
	'mpkg.refused_named_ring':
		'The ring is named (everyone sees every name); member packages exist for pseudonymous rings only.',
	'mpkg.refused_not_member': 'The authority is not a member of the ring.',
	'mpkg.refused_no_keys': 'The ring has no pseudonym keys yet.',
	'mpkg.rounded_note':
		'This package holds population and foreign population rounded to 1,000: KPIs that read them ({kpis}) and the group “most similar authorities” rest on rounded values.',
	'mpkg.nearest_rounded':
		'Population and foreign population are rounded to 1,000 in this package; the similarity rests on rounded values.',
	'mpkg.rounded_kpi': 'rounded base count',
	'mpkg.scope_released': 'released data only',
	'mpkg.scope_member': 'member package for {member}',
	'mpkg.export_released_only':
		'Export released data only (member-years with a release; ring.json records it)',
	'mpkg.exported_released': '“{name}” exported – released data only: {kept} of {total} member-years.',
	'mpkg.exported_nothing':
		'No member-year of the ring “{name}” is released; a package of released data only would be empty (release under Moderation).',
	'mpkg.neutral_group': 'Group {n}',
	'mpkg.neutral_ring': 'Comparison ring'
};
