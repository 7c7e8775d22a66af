/**
 * The release step of the moderation (issue 29): „vorläufig“ marks on values that rest on unreleased
 * data, the package export of released data only, and member packages of a pseudonymous ring.
 */
export const de = {
	'prov.mark': 'vorläufig',
	'prov.mark_title': 'beruht auf noch nicht freigegebenen Daten (Entwurf)',
	'prov.note_own_group':
		'Vorläufig: Die Daten von {own} für {period} sind noch nicht freigegeben (Entwurf), in der Vergleichsgruppe (eigene eingeschlossen) die von {n} der {of} Mitglieder.',
	'prov.note_own': 'Vorläufig: Die Daten von {own} für {period} sind noch nicht freigegeben (Entwurf).',
	'prov.note_group':
		'Vorläufig: {n} der {of} Mitglieder der Vergleichsgruppe haben für {period} noch nicht freigegebene Daten (Entwurf); Median, Quartile, Rang und Position sind vorläufig.',
	'prov.note_values':
		'Vorläufig: {n} der {of} gezeigten Werte beruhen auf noch nicht freigegebenen Daten (Entwurf).',
	'prov.note_trend': 'Vorläufig: In {periods} beruhen Werte auf noch nicht freigegebenen Daten (Entwurf).',
	'prov.col_own': 'Eigener Wert vorläufig',
	'prov.col_group': 'Gruppenwerte vorläufig',
	'mpkg.neutral_group': 'Gruppe {n}',
	'mpkg.neutral_ring': 'Vergleichsring'
};

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
	'mpkg.neutral_group': 'Group {n}',
	'mpkg.neutral_ring': 'Comparison ring'
};
