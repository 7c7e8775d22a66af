/**
 * Messages of the zip reader (`zip/messages.ts`): a ring package or workbook that is damaged or that
 * hits a limit of `zip/limits.ts`. They are worded where zips are read — in the import worker and the
 * CLI — and reach the page inside the reader's problems. So this area is not merged into `messages.ts`:
 * the worker imports its German directly (the whole catalogue would cost the worker's JS ~10 kB gzip,
 * issue #7), and the page, which never words these itself, does not carry them twice.
 */
export const de = {
	'zip.what.ring': 'Das Ringpaket',
	'zip.what.xlsx': 'Die Excel-Arbeitsmappe',
	'zip.damaged.ring':
		'Die ZIP-Datei ist beschädigt oder kein ZIP-Archiv; der Ring kann nicht gelesen werden.',
	'zip.damaged.xlsx': 'Die Excel-Arbeitsmappe ist beschädigt und kann nicht gelesen werden.',
	'zip.damaged_entry': '{what} ist beschädigt: „{entry}“ lässt sich nicht entpacken.',
	'zip.entries': '{what} hat {found} Einträge, erlaubt sind höchstens {max}; es wird nicht entpackt.',
	'zip.total':
		'{what} wäre entpackt größer als {max} MB (bis „{entry}“: {found} MB); es wird nicht entpackt.',
	'zip.total_hint.ring': 'Selbst 5.000 Behörden × 10 Jahre ergeben entpackt nur rund 250 MB.',
	'zip.total_hint.xlsx': 'Bitte das Tabellenblatt als CSV speichern und diese Datei importieren.',
	'zip.ratio':
		'„{entry}“ ist {found}-fach komprimiert, erlaubt ist höchstens {max}-fach (echte Daten: 5- bis 15-fach) – vermutlich eine ZIP-Bombe; das Entpacken wurde abgebrochen.',
	'zip.size':
		'„{entry}“ ist entpackt anders groß als im ZIP angegeben (beschädigt oder manipuliert); das Entpacken wurde abgebrochen.',
	'zip.unsupported':
		'„{entry}“ ist verschlüsselt oder unbekannt gepackt; bitte als gewöhnliches ZIP ohne Kennwort speichern.'
} as const;

export const en: Record<keyof typeof de, string> = {
	'zip.what.ring': 'The ring package',
	'zip.what.xlsx': 'The Excel workbook',
	'zip.damaged.ring': 'The ZIP file is damaged or not a ZIP archive; the ring cannot be read.',
	'zip.damaged.xlsx': 'The Excel workbook is damaged and cannot be read.',
	'zip.damaged_entry': '{what} is damaged: “{entry}” cannot be unpacked.',
	'zip.entries': '{what} has {found} entries, at most {max} are allowed; it is not unpacked.',
	'zip.total': '{what} would unpack to more than {max} MB (up to “{entry}”: {found} MB); it is not unpacked.',
	'zip.total_hint.ring': 'Even 5,000 authorities × 10 years unpack to only about 250 MB.',
	'zip.total_hint.xlsx': 'Please save the sheet as CSV and import that file.',
	'zip.ratio':
		'“{entry}” is compressed {found} to 1, at most {max} to 1 is allowed (real data: 5 to 15 to 1) – probably a zip bomb; unpacking was stopped.',
	'zip.size':
		'“{entry}” unpacks to another size than the ZIP declares (damaged or manipulated); unpacking was stopped.',
	'zip.unsupported':
		'“{entry}” is encrypted or packed in an unknown way; please save it as an ordinary ZIP without a password.'
};
