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
	'zip.entries':
		'{what} enthält {found} Einträge; geöffnet werden höchstens {max}. Aus Sicherheitsgründen wird nichts davon entpackt.',
	'zip.total':
		'{what} wäre entpackt größer als {max} MB (bis einschließlich „{entry}“ schon {found} MB); aus Sicherheitsgründen wird es nicht entpackt.',
	'zip.total_hint.ring': 'Auch ein Ring mit 5.000 Behörden und 10 Jahren braucht entpackt nur rund 250 MB.',
	'zip.total_hint.xlsx': 'Bitte das Tabellenblatt als CSV speichern und diese Datei importieren.',
	'zip.ratio':
		'„{entry}“ ist {found}-fach komprimiert, erlaubt sind höchstens {max}-fach (echte Daten: etwa 5- bis 15-fach) – vermutlich eine ZIP-Bombe. Das Entpacken wurde abgebrochen; nichts wurde gespeichert.',
	'zip.size':
		'„{entry}“ ergibt entpackt eine andere Größe als im ZIP-Verzeichnis angegeben; die Datei ist beschädigt oder manipuliert. Das Entpacken wurde abgebrochen.',
	'zip.unsupported':
		'„{entry}“ ist verschlüsselt oder mit einem nicht unterstützten Verfahren gepackt. Bitte ohne Kennwort als gewöhnliches ZIP speichern.'
} as const;

export const en: Record<keyof typeof de, string> = {
	'zip.what.ring': 'The ring package',
	'zip.what.xlsx': 'The Excel workbook',
	'zip.damaged.ring': 'The ZIP file is damaged or not a ZIP archive; the ring cannot be read.',
	'zip.damaged.xlsx': 'The Excel workbook is damaged and cannot be read.',
	'zip.damaged_entry': '{what} is damaged: “{entry}” cannot be unpacked.',
	'zip.entries':
		'{what} has {found} entries; at most {max} are opened. For safety, none of them is unpacked.',
	'zip.total':
		'{what} would unpack to more than {max} MB (up to and including “{entry}” already {found} MB); for safety it is not unpacked.',
	'zip.total_hint.ring': 'Even a ring of 5,000 authorities and 10 years unpacks to only about 250 MB.',
	'zip.total_hint.xlsx': 'Please save the sheet as CSV and import that file.',
	'zip.ratio':
		'“{entry}” is compressed {found} to 1, at most {max} to 1 is allowed (real data: about 5 to 15 to 1) – probably a zip bomb. Unpacking was stopped; nothing was stored.',
	'zip.size':
		'“{entry}” unpacks to a different size than the ZIP directory declares; the file is damaged or manipulated. Unpacking was stopped.',
	'zip.unsupported':
		'“{entry}” is encrypted or packed with an unsupported method. Please save it as an ordinary ZIP without a password.'
};
