/** English messages of the shell area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/shell.ts';

export const en: Record<keyof typeof de, string> = {
	'app.title': 'Comparison ring of immigration offices',
	'app.skip': 'Skip to content',
	'app.nav': 'Main navigation',
	'nav.overview': 'Overview',
	'nav.import': 'Import',
	'nav.rings': 'Rings',
	'status.loading_engine': 'Loading the engine (DuckDB) …',
	'status.loading_ring': 'Loading the ring …',
	'status.error': 'Error',
	'ring.demo_notice':
		'Demo ring with synthetic values – real names and populations, all other figures invented.',
	'ring.members': '{n} members',
	'ring.active': 'Active ring: {name}',
	'ring.in_memory': 'in memory only – not saved',
	'pickers.authority': 'My authority',
	'pickers.period': 'Period',
	'chart.show_table': 'Show as table',
	'chart.show_chart': 'Show as chart',
	'chart.col_authority': 'Authority',
	'chart.col_value': 'Value',
	'chart.col_rank': 'Rank',
	'chart.own_marker': '(own authority)',
	'pseudonym.prefix': 'Authority',
	'storage.problem': 'Storage problem',
	'storage.rescue': 'Download the data as a ring package',
	'lang.label': 'Language',
	'unit.percent': '%',
	'unit.per_mille': '‰',
	'unit.months': 'months',
	'unit.days': 'days',
	'unit.minutes': 'minutes',
	'unit.cases': 'cases',
	'unit.visits': 'visits',
	'unit.persons': 'persons',
	'unit.eur': 'euros',
	'storage.cause_quota': 'The storage space the browser grants this page is full.',
	'storage.cause_unavailable':
		'The browser gives this page no lasting storage (for example in a private window or when site data is blocked).',
	'storage.cause_blocked':
		'Storage is blocked by another open tab of this app or was changed there by a newer version. Please close the other tabs and reload this page.',
	'storage.cause_reserved': 'The demo ring is reserved and cannot be overwritten with own data.',
	'storage.cause_corrupt': 'The stored ring is incomplete or comes from a newer version of the app.',
	'storage.cause_conflict': 'The ring has been changed or deleted in another tab or window meanwhile.',
	'storage.cause_unknown': 'The browser storage reported an unexpected error.',
	'storage.consequence_write':
		'The change was not saved; the last saved state is unchanged. The data is still in memory: please download the ring as a ring package (.zip) now so that nothing is lost.',
	'storage.consequence_read': 'Stored rings cannot be read at the moment; they are not changed by this.',
	'storage.consequence_open':
		'Rings cannot be stored permanently in this browser. Data lasts only until the tab is closed – please download rings as ring packages (.zip).',
	'storage.consequence_conflict':
		'So this change was not stored, so as not to overwrite the other one; the state stored there stays.',
	'storage.consequence_reserved': 'Please save the ring under a name of your own as a new ring.',
	'storage.rescue_failed':
		'The ring package could not be created: {reason} Please free memory (close other tabs) and try again; the data stays until the page is closed.'
};
