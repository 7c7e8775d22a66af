/** English messages of the rings area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/rings.ts';

export const en: Record<keyof typeof de, string> = {
	'rings.heading': 'Comparison rings in this browser',
	'rings.intro':
		'Every ring is stored in this browser (IndexedDB) and survives reloads and restarts. Share a ring with other members as a ring package (.zip).',
	'rings.col_name': 'Ring',
	'rings.col_members': 'Members',
	'rings.col_periods': 'Periods',
	'rings.col_updated': 'Saved',
	'rings.col_actions': 'Actions',
	'rings.active_marker': '(active)',
	'rings.demo_marker': 'Demo',
	'rings.open': 'Open',
	'rings.export': 'Export ring package',
	'rings.delete': 'Delete',
	'rings.restore_demo': 'Restore demo ring',
	'rings.open_package': 'Open ring package (.zip)',
	'rings.open_package_hint':
		'The package is checked first and then saved as a new ring; existing rings stay unchanged.',
	'rings.package_opened': 'Ring package “{name}” opened and saved: {members} members, {values} values.',
	'rings.package_in_memory':
		'Ring package “{name}” opened – in memory only, because this browser cannot store data.',
	'rings.package_failed': 'The ring package “{file}” was not opened. Nothing was stored.',
	'rings.confirm_title': 'Delete ring?',
	'rings.confirm_text':
		'“{name}” and all its values, mapping profiles and peer groups will be deleted from this browser. Export it as a ring package first if you still need it.',
	'rings.confirm_delete': 'Delete for good',
	'rings.cancel': 'Cancel',
	'rings.deleted': 'Ring “{name}” deleted.',
	'rings.exported': 'Ring “{name}” downloaded as a ring package.',
	'rings.not_found': 'Ring “{name}” is no longer stored in this browser.',
	'rings.failed': 'That did not work: {reason} Please reload the page and try again.',
	'rings.demo_restored': 'Demo ring restored.',
	'rings.no_storage':
		'This browser cannot store anything. Rings last only until the tab is closed; save them as ring packages.',
	'rings.export_current': 'Export the active ring as a ring package',
	'rings.unsaved': 'The active ring “{name}” is open in memory only.',
	'rings.save_current': 'Save in this browser',
	'rings.open_failed': '{what} could not be opened: {problem}',
	'rings.open_failed_more': '{what} could not be opened: {problem} (and {n} more errors)',
	'rings.problem_at': '{file}:{line}:{column}: {text}',
	'rings.what_demo': 'The demo ring',
	'rings.what_package': 'The ring package {name}',
	'rings.foreign_origin': 'Ring packages are opened from this app’s own server only, not from {origin}.',
	'rings.http_failed': 'Ring package {url} could not be loaded (HTTP {status}).',
	'rings.demo_http_failed': 'Demo ring: {file} could not be loaded (HTTP {status}).',
	'rings.worker_died': 'The worker stopped (out of memory?).',
	'rings.worker_unexpected': 'Unexpected answer from the worker ({type}).',
	'rings.saved': 'Ring “{name}” saved.',
	'sync.updated': 'The ring “{name}” was changed in another tab; the stored state is shown now.',
	'sync.deleted':
		'The ring “{name}” was deleted in another tab and is only in memory here; it can be saved again under “Rings”.',
	'sync.reapplied':
		'The ring “{name}” had been changed in another tab meanwhile; your change was applied to that state and saved.',
	'sync.not_applicable':
		'The ring “{name}” was changed in another tab so that your change no longer fits; it was not saved. The current state is shown.',
	'sync.busy':
		'The ring “{name}” is being changed continuously in another tab; your change was not saved. Please try again in a moment.',
	'sync.dismiss': 'Close notice',
	'sync.not_saved': '“{name}” was not saved; the notice above says why.',
	'sync.import_stale':
		'The ring was changed in another tab after this check. The result is based on the old state and is not stored like this, or the other change would be lost.',
	'sync.import_recheck': 'Check again against the current ring',
	'sync.import_discard': 'Discard import',
	'sync.import_discarded': 'Import discarded; the stored ring is unchanged.',
	'rings.progress_label': 'Progress opening the ring',
	'rings.progress_read': 'Reading the ring package …',
	'rings.progress_stored': 'Reading the stored ring …',
	'rings.progress_save': 'Saving the ring …',
	'rings.progress_load': 'Loading the ring into the database …'
};
