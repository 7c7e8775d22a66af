import type { de } from '../areas/zip.ts';

export const en: Record<keyof typeof de, string> = {
	'zip.what.ring': 'The ring package',
	'zip.what.xlsx': 'The Excel workbook',
	'zip.damaged.ring': 'The ZIP file is damaged or not a ZIP archive; the ring cannot be read.',
	'zip.damaged.xlsx': 'The Excel workbook is damaged and cannot be read.',
	'zip.damaged_entry': '{what} is damaged: “{entry}” cannot be unpacked.',
	'zip.entries': '{what} has {found} entries, at most {max} are allowed; it is not unpacked.',
	'zip.total':
		'{what} would unpack to more than {max} MB (up to “{entry}”: {found} MB); it is not unpacked. {hint}',
	'zip.total_hint.ring': 'Even 5,000 authorities × 10 years unpack to only about 250 MB.',
	'zip.total_hint.xlsx': 'Please save the sheet as CSV and import that file.',
	'zip.ratio':
		'“{entry}” is compressed {found} to 1, at most {max} to 1 is allowed (real data: 5 to 15 to 1) – probably a zip bomb; unpacking was stopped.',
	'zip.size':
		'“{entry}” unpacks to another size than the ZIP declares (damaged or manipulated); unpacking was stopped.',
	'zip.unsupported':
		'“{entry}” is encrypted or packed in an unknown way; please save it as an ordinary ZIP without a password.'
};
