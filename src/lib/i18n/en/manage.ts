/** English messages of the ring management area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/manage.ts';

export const en: Record<keyof typeof de, string> = {
	'manage.create_heading': 'Create a new ring',
	'manage.create_hint':
		'An empty ring without members or values. Add its members here afterwards, or bring them with an import.',
	'manage.create_name': 'Name of the new ring',
	'manage.create': 'Create ring',
	'manage.created': 'Ring “{name}” created and opened.',
	'manage.rename': 'Rename',
	'manage.rename_label': 'New name for “{name}”',
	'manage.rename_save': 'Save name',
	'manage.cancel': 'Cancel',
	'manage.renamed': 'Ring “{old}” is now called “{name}”.',
	'manage.name_missing': 'Please enter a name for the ring.',
	'manage.name_long': 'The name is too long: at most {max} characters.',
	'manage.name_control': 'The name contains control characters; please use visible characters only.',
	'manage.name_taken': 'There is already a ring “{name}” in this browser. Please choose another name.',
	'manage.copy_suffix': 'own copy',
	'manage.copy_made':
		'The demo ring stays unchanged: your change was saved in a copy – the ring “{name}”, which is open now.',
	'manage.name_changed':
		'There is already a ring “{wanted}” in this browser; the new ring is called “{name}”.',
	'manage.not_stored':
		'Not stored permanently: the browser cannot store right now (see the notice above). The change lasts until the page is closed.',
	'manage.empty_ring':
		'The ring “{name}” has no values yet, so there is nothing to compare. Add its members under “Rings” and bring their base counts with an import.',
	'manage.to_rings': 'To “Rings”',
	'manage.to_import': 'To the import',
	'members.heading': 'Members of the active ring',
	'members.summary': 'Edit the members of “{name}” ({n})',
	'members.intro':
		'Add members, change name, kind and Land, or remove a member without values. Nothing is stored until you confirm, and then the whole ring at once. A member’s key stays: values, pseudonyms and releases refer to it.',
	'members.demo_hint':
		'The demo ring itself stays unchanged: the first change creates a copy as a ring of its own.',
	'members.private_hint':
		'This list names every member, because it edits them; it is not printed. In views, downloads and prints the other members stay pseudonymous.',
	'members.filter': 'Filter members (name or key)',
	'members.col_id': 'Key',
	'members.col_name': 'Name',
	'members.col_kind': 'Kind',
	'members.col_state': 'Land',
	'members.col_values': 'Values',
	'members.col_actions': 'Actions',
	'members.edit': 'Edit',
	'members.remove': 'Remove',
	'members.save': 'Save',
	'members.cancel': 'Cancel',
	'members.more': '{n} more members – please narrow the filter.',
	'members.none': 'The ring has no members yet.',
	'members.no_match': 'No member matches “{query}”.',
	'members.add_heading': 'Add a member',
	'members.field_id': 'Key',
	'members.field_id_hint':
		'Official district key (5 digits) or municipality key (8 digits) with its leading zero, e.g. 01002. Without an official key: letters, digits, dot, hyphen and underscore.',
	'members.field_name': 'Name',
	'members.field_kind': 'Kind',
	'members.field_state': 'Land',
	'members.add': 'Add',
	'members.added': '“{name}” ({id}) is now a member of “{ring}”.',
	'members.changed': 'Member {id} saved: “{name}”.',
	'members.removed': 'Member {id} removed from “{ring}”.',
	'members.invalid': 'Not saved – please correct the marked fields.',
	'members.confirm_title': 'Remove member?',
	'members.confirm_text':
		'“{name}” ({id}) will be removed from the ring. It has no values. Its pseudonym is never given again, and it is taken out of own peer groups.',
	'members.confirm_remove': 'Remove member',
	'members.problem.id_missing': 'The key is missing.',
	'members.problem.id_chars':
		'The key “{id}” contains characters that cannot be used: letters, digits, dot, hyphen and underscore only, no spaces, at most 32 characters.',
	'members.problem.id_digits':
		'The key “{id}” has {digits} digits; an official key has 5 (district) or 8 (municipality). Is a leading zero missing?',
	'members.problem.id_land':
		'The key “{id}” starts with “{prefix}”; official keys start with the Land’s number, 01 to 16.',
	'members.problem.id_taken': 'A member of this ring already has the key “{id}”.',
	'members.problem.name_missing': 'The name is missing.',
	'members.problem.name_long': 'The name is too long: at most {max} characters.',
	'members.problem.name_control': 'The name contains control characters; please use visible characters only.',
	'members.problem.name_taken':
		'A member of the same kind is already called “{name}”: {id}. Please make the name distinguishable.',
	'members.problem.kind_unknown': 'There is no kind “{kind}”.',
	'members.problem.state_unknown': 'There is no Land “{state}”.',
	'members.problem.state_key':
		'The key {id} belongs to {land}, {state} is chosen. Please correct Land or key.',
	'members.problem.not_member': '{id} is not (or no longer) a member of this ring.',
	'members.problem.has_values':
		'Member {id} has {values} values ({periods}) and is therefore not removed: the values are part of the comparison, the releases and the findings. Only a member without values can be removed.',
	'land.BW': 'Baden-Württemberg',
	'land.BY': 'Bavaria',
	'land.BE': 'Berlin',
	'land.BB': 'Brandenburg',
	'land.HB': 'Bremen',
	'land.HH': 'Hamburg',
	'land.HE': 'Hesse',
	'land.MV': 'Mecklenburg-Western Pomerania',
	'land.NI': 'Lower Saxony',
	'land.NW': 'North Rhine-Westphalia',
	'land.RP': 'Rhineland-Palatinate',
	'land.SL': 'Saarland',
	'land.SN': 'Saxony',
	'land.ST': 'Saxony-Anhalt',
	'land.SH': 'Schleswig-Holstein',
	'land.TH': 'Thuringia',
	'own.hint': 'Type a name or key, choose with the arrow keys, take it with Enter.',
	'own.hint_pseudonymous':
		'Type a name or key. This pseudonymous ring shows other members by their key only.',
	'own.open': 'Open the list of members',
	'own.listbox': 'Authorities found',
	'own.results': '{n} matches',
	'own.no_results': 'No authority matches “{query}”.',
	'own.more': '{n} more – please keep typing.',
	'own.chosen': 'My authority: {name}',
	'ring.loading': 'Loading the active ring …',
	'ring.not_loaded': 'No ring loaded',
	'error.not_found_title': 'Page not found',
	'error.not_found': 'There is no address “{path}” in this application.',
	'error.other_title': 'The page could not be shown',
	'error.other': 'Error {status}: {message}',
	'error.back': 'To the overview',
	'dash.kpi_unknown_hint':
		'The link may be outdated or incomplete. Every KPI of the catalogue is listed in the overview.'
};
