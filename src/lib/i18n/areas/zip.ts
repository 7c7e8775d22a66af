/**
 * Messages of the zip reader (`zip/messages.ts`): a ring package or workbook that is damaged or that
 * hits a limit of `zip/limits.ts`. The reader says them as keys and parameters (the import worker
 * carries no catalogue); the page words them in its language, the CLI in German.
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
		'{what} wäre entpackt größer als {max} MB (bis „{entry}“: {found} MB); es wird nicht entpackt. {hint}',
	'zip.total_hint.ring': 'Selbst 5.000 Behörden × 10 Jahre ergeben entpackt nur rund 250 MB.',
	'zip.total_hint.xlsx': 'Bitte das Tabellenblatt als CSV speichern und diese Datei importieren.',
	'zip.ratio':
		'„{entry}“ ist {found}-fach komprimiert, erlaubt ist höchstens {max}-fach (echte Daten: 5- bis 15-fach) – vermutlich eine ZIP-Bombe; das Entpacken wurde abgebrochen.',
	'zip.size':
		'„{entry}“ ist entpackt anders groß als im ZIP angegeben (beschädigt oder manipuliert); das Entpacken wurde abgebrochen.',
	'zip.unsupported':
		'„{entry}“ ist verschlüsselt oder unbekannt gepackt; bitte als gewöhnliches ZIP ohne Kennwort speichern.'
} as const;
