/**
 * What the import says about a file (ingest/, the import worker, the ring package reader): problems,
 * detection labels. German; English with the same keys in ../en/ingest.ts. `„{text}“` is the
 * offending cell or header as written (shortened).
 */
export const de = {
	'ingest.warning_prefix': 'Warnung: ',
	'ingest.more_errors': '… und {n} weitere Fehler (nur die ersten {limit} werden einzeln gezeigt).',
	'ingest.more_warnings': '… und {n} weitere Warnungen (nur die ersten {limit} werden einzeln gezeigt).',
	'ingest.zip_not_csv':
		'Die Datei ist ein ZIP-Archiv oder eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei. Bitte in Excel „Speichern unter → CSV UTF-8“ wählen oder die Arbeitsmappe auf der Importseite bzw. mit `check` einlesen.',
	'ingest.xls':
		'Die Datei ist eine alte Excel-Arbeitsmappe (.xls) oder eine verschlüsselte Arbeitsmappe und kann nicht gelesen werden. Bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder „CSV UTF-8“ speichern.',
	'ingest.pdf': 'Die Datei ist ein PDF-Dokument, keine CSV-Datei.',
	'ingest.gzip': 'Die Datei ist gzip-komprimiert; bitte zuerst entpacken.',
	'ingest.binary':
		'Die Datei kann nicht gelesen werden: Sie enthält Binärdaten (z. B. Nullbytes oder Steuerzeichen) und ist keine Texttabelle (CSV).',
	'ingest.bad_utf8':
		'Die Datei kann nicht gelesen werden: Sie beginnt mit einer UTF-8-Kennung (BOM), enthält aber ungültige UTF-8-Zeichen.',
	'ingest.bad_utf16':
		'Die Datei kann nicht gelesen werden: Sie ist als UTF-16 gekennzeichnet, aber beschädigt.',
	'ingest.not_xlsx':
		'Die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (.xlsx): xl/workbook.xml fehlt.',
	'ingest.xlsx_damaged': 'Die Excel-Arbeitsmappe ist beschädigt und kann nicht gelesen werden.',
	'ingest.xlsx_no_sheet': 'Die Excel-Arbeitsmappe enthält kein Tabellenblatt.',
	'ingest.sheet_empty': 'Das Tabellenblatt „{sheet}“ ist leer: keine Kopfzeile und keine Daten.',
	'ingest.file_empty': 'Die Datei ist leer: keine Kopfzeile und keine Daten.',
	'ingest.no_rows': 'Die Datei enthält keine Zeilen.',
	'ingest.header_too_wide': 'Die Kopfzeile hat {fields} Spalten; mehr als {max} werden nicht gelesen.',
	'ingest.title_line': 'Zeile über der Kopfzeile übersprungen (Titelzeile): „{text}“.',
	'ingest.unknown_column':
		'Unbekannte Spalte „{header}“: weder eine Grundzahl-ID noch eine bekannte Schlüsselspalte. Zuordnung über ein Mapping-Profil (oder „ignore“).',
	'ingest.unknown_column_suggestion':
		'Unbekannte Spalte „{header}“: weder eine Grundzahl-ID noch eine bekannte Schlüsselspalte. Vorschlag: {suggestion}. Zuordnung über ein Mapping-Profil (oder „ignore“).',
	'ingest.suggestion_count': '„{id}“ ({label})',
	'ingest.suggestion_key': '„{id}“',
	'ingest.duplicate_column': 'Spalte „{header}“ bedeutet dasselbe wie Spalte {column} („{other}“).',
	'ingest.count_column_in_long':
		'Spalte „{header}“ ist eine Grundzahl, die Datei hat aber das Langformat (Spalten Grundzahl und Wert).',
	'ingest.long_incomplete': 'Langformat unvollständig: Spalte „{column}“ fehlt.',
	'ingest.no_counts':
		'Keine Grundzahl-Spalte erkannt. Erwartet werden Spalten mit Grundzahl-IDs (Breitformat) oder „authority_id, period, count_id, value“ (Langformat).',
	'ingest.missing_authority_column':
		'Spalte „authority_id“ (Behördenschlüssel, z. B. „Gemeindeschlüssel“ oder „AGS“) fehlt.',
	'ingest.missing_period_column': 'Spalte „period“ (Erhebungsjahr, z. B. „Jahr“ oder „Stichtag“) fehlt.',
	'ingest.period_missing': 'Erhebungsjahr fehlt.',
	'ingest.period_out_of_range': 'Jahr „{text}“ liegt außerhalb von {min}–{max}.',
	'ingest.period_too_long': 'Der Zeitraum ist kein Jahr und kein Datum.',
	'ingest.bad_date': '„{text}“ ist kein gültiges Datum.',
	'ingest.not_a_period':
		'„{text}“ ist kein Erhebungsjahr. Erwartet wird ein Jahr (2023) oder ein Datum (31.12.2023 oder 2023-12-31).',
	'ingest.sum_row': 'Summenzeile „{text}“ wird nicht importiert.',
	'ingest.stray_quote': 'Text nach einem schließenden Anführungszeichen; das Feld wurde trotzdem gelesen.',
	'ingest.ragged_row':
		'Die Zeile hat {fields} Felder, die Kopfzeile nur {width}: „{text}“ in Spalte {column} gehört zu keiner Spalte.',
	'ingest.row_too_wide': 'Die Zeile hat {fields} Felder; mehr als {max} werden nicht gelesen.',
	'ingest.short_row': 'Die Zeile hat nur {fields} von {width} Feldern; die fehlenden gelten als leer.',
	'ingest.authority_missing': 'Behördenschlüssel fehlt.',
	'ingest.bad_authority': 'Ungültiger Behördenschlüssel „{text}“.',
	'ingest.leading_zero':
		'Behördenschlüssel „{id}“ hat {digits} Stellen – fehlt eine führende Null (z. B. „0{id}“)? Tabellenprogramme entfernen sie oft.',
	'ingest.count_missing': 'Grundzahl fehlt.',
	'ingest.unknown_count': 'Unbekannte Grundzahl „{text}“.',
	'ingest.unknown_count_suggestion': 'Unbekannte Grundzahl „{text}“. Vorschlag: „{id}“.',
	'ingest.unterminated_quote':
		'Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen; der Rest der Datei wurde als ein einziges Feld gelesen.',
	'ingest.duplicate_value':
		'Doppelter Wert für Behörde {authority}, Jahr {period}, Grundzahl {count}: schon in Zeile {earlier}, Spalte {column}; diese Zeile {line}.',
	'ingest.placeholder':
		'„{text}“ wird als fehlender Wert gelesen (nicht als 0). Eine echte Null bitte als 0 eintragen.',
	'ingest.invalid_number': '„{text}“ ist keine Zahl ({count}: {kind}).',
	'ingest.format_conflict_profile': '„{text}“ passt nicht zum Zahlenformat {format} des Mapping-Profils.',
	'ingest.format_conflict_file':
		'„{text}“ ist {written} geschrieben, andere Zahlen der Datei {others}. Bitte ein einheitliches Zahlenformat verwenden.',
	'ingest.negative': '„{text}“ ist negativ; {count} ist {kind} ≥ 0.',
	'ingest.not_integer': '„{text}“ ist keine ganze Zahl; {count} ist {kind}.',
	'ingest.too_large': '„{text}“ ist zu groß.',
	'ingest.ambiguous':
		'„{text}“ ist mehrdeutig: deutsch gelesen {de}, englisch gelesen {en}. Die übrigen Zahlen der Datei legen das Format nicht fest. Bitte ohne Tausendertrennzeichen schreiben oder das Zahlenformat im Mapping-Profil angeben.',
	'ingest.kind_count': 'eine Anzahl (ganze Zahl)',
	'ingest.kind_days': 'eine Summe von Tagen (ganze Zahl)',
	'ingest.kind_minutes': 'eine Summe von Minuten (ganze Zahl)',
	'ingest.kind_fte': 'Vollzeitäquivalente (Dezimalzahl)',
	'ingest.kind_eur': 'ein Eurobetrag (Dezimalzahl)',
	'ingest.german': 'deutsch',
	'ingest.english': 'englisch',
	'ingest.format_de': 'deutsch (1.234,5)',
	'ingest.format_en': 'englisch (1,234.5)',
	'ingest.format_neutral': 'nur ganze Zahlen',
	'ingest.format_mixed': 'gemischt',
	'ingest.encoding_bom': '{name} mit BOM',
	'ingest.separator_tab': 'Tabulator',
	'ingest.separator': '„{separator}“',
	'ingest.no_data': 'Unter der Kopfzeile stehen keine Daten.',
	'ingest.no_values': 'Die Datei enthält Zeilen, aber keinen einzigen Wert.',
	'ingest.authorities_missing_column': 'Spalte „{column}“ fehlt in authorities.csv.',
	'ingest.authority_duplicate': 'Behörde „{id}“ steht schon in Zeile {line}.',
	'ingest.authority_name_missing': 'Name der Behörde „{id}“ fehlt.',
	'ingest.authority_bad_kind': 'Art „{text}“ ist unbekannt; erlaubt: {allowed}.',
	'ingest.authority_bad_state': 'Land „{text}“ ist unbekannt; erwartet wird ein Kürzel wie BY, NW oder SN.',
	'ingest.authorities_empty': 'authorities.csv ist leer.',
	'ingest.ring_json_invalid':
		'ring.json ist keine gültige JSON-Datei (UTF-8); der Ring kann nicht gelesen werden.',
	'ingest.ring_json_not_object': 'ring.json muss ein JSON-Objekt sein; der Ring kann nicht gelesen werden.',
	'ingest.version_newer':
		'Das Ringpaket hat format_version {version}; diese App liest die Versionen 1 und {supported}. Bitte die App aktualisieren – das Paket wurde nicht gelesen.',
	'ingest.version_invalid':
		'ring.json: format_version {version} ist ungültig; erwartet wird 1 oder {supported}. Das Paket wurde nicht gelesen.',
	'ingest.ring_json_field':
		'ring.json: Feld „{field}“ ist ungültig ({issue}); der Ring kann nicht gelesen werden.',
	'ingest.no_ring':
		'Kein Ringpaket gefunden: Erwartet werden authorities.csv, counts/*.csv und optional ring.json – oben im Ordner oder in genau einem Unterordner.',
	'ingest.authorities_missing_file': 'authorities.csv fehlt im Ringpaket.',
	'ingest.counts_not_csv': 'Datei im Ordner counts/ ist keine .csv-Datei und wird nicht gelesen.',
	'ingest.package_duplicate_value':
		'Doppelter Wert für Behörde {authority}, Jahr {period}, Grundzahl {count}: schon in {file} Zeile {line}, Spalte {column}.',
	'ingest.unknown_authority_one': 'Behörde „{id}“ steht nicht in authorities.csv (1 Wert in dieser Datei).',
	'ingest.unknown_authority_many':
		'Behörde „{id}“ steht nicht in authorities.csv ({n} Werte in dieser Datei).',
	'ingest.period_not_listed': 'Jahr {period} ist in ring.json unter „periods“ nicht aufgeführt.',
	'ingest.no_count_files': 'Das Ringpaket enthält keine Grundzahl-Dateien (counts/*.csv).',
	'ingest.ring_not_found': 'Ring „{path}“ nicht gefunden (weder Ordner noch ZIP-Datei).',
	'ingest.ring_unreadable': 'Ring „{path}“ kann nicht gelesen werden.',
	'ingest.ring_unreadable_code': 'Ring „{path}“ kann nicht gelesen werden ({code}).',
	'ring.json_field': 'ring.json: Feld „{field}“ ist ungültig ({issue}); der Ring wurde nicht geöffnet.',
	'ring.unknown_group_member':
		'ring.json: Vergleichsgruppe „{group}“ nennt Behörde „{id}“, die nicht in authorities.csv steht.',
	'ring.provenance_not_utf8': 'provenance.csv ist keine UTF-8-Datei.',
	'ring.provenance_header': 'provenance.csv: Kopfzeile muss „{header}“ lauten.',
	'ring.provenance_row': 'provenance.csv: Zeile ist unvollständig oder ungültig.',
	'ring.provenance_duplicate': 'provenance.csv: Wert steht doppelt.',
	'ring.provenance_unmatched':
		'provenance.csv: {n} Herkunftsangabe(n) ohne zugehörigen Wert wurden übergangen.',
	'ingest.profile_not_profile': 'Kein Mapping-Profil: „format“ muss „{format}“ sein.',
	'ingest.profile_version':
		'Das Mapping-Profil hat eine andere Version als 1 und kann von dieser App nicht gelesen werden.',
	'ingest.profile_invalid': 'Ungültiges Mapping-Profil: {issue}',
	'ingest.profile_invalid_field': 'Ungültiges Mapping-Profil (Feld {field}): {issue}',
	'ingest.profile_unknown_header':
		'Mapping-Profil ordnet die Spalte „{header}“ der unbekannten Grundzahl „{target}“ zu.',
	'ingest.profile_unknown_name': 'Mapping-Profil ordnet „{name}“ der unbekannten Grundzahl „{target}“ zu.',
	'ingest.profile_not_json': 'Das Mapping-Profil ist keine gültige JSON-Datei.',
	'json.missing': 'fehlt, erwartet: {expected}',
	'json.mismatch': 'erwartet: {expected}, gefunden: {found}',
	'json.empty': 'darf nicht leer sein',
	'json.object': 'Objekt',
	'json.list': 'Liste',
	'json.text': 'Text',
	'json.number': 'Zahl',
	'json.boolean': 'Wahrheitswert',
	'json.true_or_false': 'Wahrheitswert (true oder false)',
	'json.integer': 'ganze Zahl',
	'json.year': 'ganze Zahl zwischen 1950 und 2100',
	'json.json_value': 'JSON-Wert',
	'json.not_json': 'kein JSON-Wert',
	'json.quoted': '„{value}“',
	'json.or': '{list} oder {last}',
	'ingest.foreign_file':
		'Die Datei sieht nicht nach einem Export von Grundzahlen aus: {unknown} von {columns} Spalten sind unbekannt ({examples}), keine Spalte ist eine Grundzahl oder ein Behördenschlüssel mit Jahr. Bitte die Datei prüfen – erwartet werden Spalten mit Grundzahl-IDs (Breitformat) oder „authority_id, period, count_id, value“ (Langformat); eine Datei mit anderen Spaltennamen lässt sich über die Zuordnung lesen.',
	'ingest.foreign_file_more':
		'Die Datei sieht nicht nach einem Export von Grundzahlen aus: {unknown} von {columns} Spalten sind unbekannt ({examples}, …), keine Spalte ist eine Grundzahl oder ein Behördenschlüssel mit Jahr. Bitte die Datei prüfen – erwartet werden Spalten mit Grundzahl-IDs (Breitformat) oder „authority_id, period, count_id, value“ (Langformat); eine Datei mit anderen Spaltennamen lässt sich über die Zuordnung lesen.',
	'ingest.counts_not_csv_strict':
		'Datei im Ordner counts/ ist keine .csv-Datei und wird nicht gelesen. In format_version 2 ist das ein Fehler.',
	'ring.unknown_key_strict':
		'ring.json: Schlüssel „{key}“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.',
	'ring.unknown_key':
		'ring.json: Schlüssel „{key}“ ist in einem Ringpaket der format_version {version} unbekannt und wird nicht übernommen.',
	'ring.unknown_key_unversioned':
		'ring.json: Schlüssel „{key}“ ist in einem Ringpaket ohne format_version unbekannt und wird nicht übernommen.',
	'ring.unknown_file_strict':
		'Datei „{path}“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.',
	'ring.unknown_file':
		'Datei „{path}“ gehört nicht zu einem Ringpaket der format_version {version} und wird nicht gelesen.',
	'ring.unknown_file_unversioned':
		'Datei „{path}“ gehört nicht zu einem Ringpaket ohne format_version und wird nicht gelesen.',
	'ring.canonical_header': 'Kopfzeile muss „{header}“ lauten.',
	'ring.canonical_fields': 'Zeile {line} hat nicht {fields} Felder.',
	'ring.canonical_line':
		'Zeile {line} ist nicht in der kanonischen Form, die die App schreibt (erwartet: „{expected}“). Die Datei wurde von Hand verändert; das Paket wurde nicht gelesen.',
	'ring.canonical_line_end':
		'Zeile {line} ist nicht in der kanonischen Form, die die App schreibt (erwartet: das Dateiende). Die Datei wurde von Hand verändert; das Paket wurde nicht gelesen.',
	'ring.canonical_authority': 'Zeile {line}: ungültige Behörde (Schlüssel, Art oder Land).',
	'ring.canonical_authority_twice': 'Eine Behörde steht doppelt.',
	'ring.canonical_order':
		'Zeile {line} steht nicht in der Reihenfolge Behörde, Jahr, Grundzahl oder doppelt.',
	'ring.canonical_value': 'Zeile {line}: ungültiger Wert (Schlüssel, Jahr JJJJ, Grundzahl-ID oder Zahl).',
	'ring.pseudonyms_missing':
		'pseudonyms.csv fehlt: Ein Ringpaket der format_version 2 führt die Pseudonyme seiner Mitglieder. Ohne sie zeigte die App andere Kürzel als frühere Berichte; das Paket wurde nicht gelesen.',
	'ring.pseudonyms_not_utf8': 'pseudonyms.csv ist keine UTF-8-Datei.',
	'ring.pseudonym_row':
		'Zeile braucht einen Schlüssel und ein Kürzel aus 1 bis 4 Großbuchstaben (A, B, …, AA, …).',
	'ring.pseudonym_authority_twice':
		'Behörde „{id}“ steht schon in Zeile {line}; jede Behörde hat genau ein Kürzel und einen Schlüssel, jedes gehört genau einer Behörde.',
	'ring.pseudonym_label_twice':
		'Kürzel „{label}“ steht schon in Zeile {line}; jede Behörde hat genau ein Kürzel und einen Schlüssel, jedes gehört genau einer Behörde.',
	'ring.pseudonym_missing':
		'Behörde „{id}“ aus authorities.csv hat kein Kürzel. Das nächste freie wäre „{next}“ (Zeile „{id},{next}“ ergänzen).',
	'ring.unknown_nested_key': 'ring.json: Schlüssel „{key}“ ist unbekannt und wird nicht übernommen.',
	'json.release_id': 'Kennung aus Kleinbuchstaben, Ziffern, - und _ (höchstens 40 Zeichen)',
	'json.timestamp': 'Zeitpunkt JJJJ-MM-TTThh:mm:ssZ',
	'json.sha256': 'SHA-256 als 64 Hex-Ziffern (0-9, a-f)',
	'ring.release_twice': 'ring.json: Datenstand „{id}“ steht doppelt unter „releases“.',
	'ring.release_file_unknown':
		'Datei „{path}“ gehört nicht zu einem Datenstand (erwartet: authorities.csv, base_values.csv und member_releases.csv); das Paket wurde nicht gelesen.',
	'ring.release_file_unlisted':
		'Datei „{path}“ gehört zu keinem Datenstand in ring.json („releases“); das Paket wurde nicht gelesen.',
	'ring.release_not_utf8': '{file} ist keine UTF-8-Datei.',
	'ring.release_file_missing': '{file} fehlt: Datenstand „{name}“ ({id}) braucht seine Mitglieder und Werte.',
	'ring.release_stranger': 'Behörde „{id}“ hat Werte in diesem Datenstand, steht aber nicht in {file}.',
	'ring.release_hash_mismatch':
		'Prüfsumme stimmt nicht: ring.json nennt für Datenstand „{name}“ {listed}…, die Datei hat {actual}…. Die Werte wurden nach dem Einfrieren verändert; das Paket wurde nicht gelesen.',
	'ring.moderation_empty':
		'{file} hat keine Einträge; die App schreibt die Datei nur mit Einträgen. Das Paket wurde nicht gelesen.',
	'ring.moderation_field':
		'{file}, Zeile {line}, Feld „{name}“: erwartet {expected}, gefunden „{found}“; das Paket wurde nicht gelesen.',
	'ring.expected_authority': 'einen Behördenschlüssel',
	'ring.expected_year': 'ein Jahr (JJJJ)',
	'ring.expected_rule': 'eine Regel-Kennung (z. B. part_exceeds_whole)',
	'ring.expected_ids': 'Kennungen, getrennt durch „|“',
	'ring.expected_date': 'ein Datum JJJJ-MM-TT',
	'ring.expected_numbers': 'Zahlen in Dezimalschreibweise, getrennt durch „|“',
	'ring.part_refused': '{file}: {message}; das Paket wurde nicht gelesen.',
	'ring.report_texts_not_json': 'kein gültiges JSON ({reason})',
	'ring.report_texts_not_utf8': 'keine UTF-8-Datei',
	'ring.report_texts_field': 'Feld „{field}“ ist ungültig ({issue})',
	'ring.json_root': '(Wurzel)',
	'ring.report_texts_unknown_key':
		'Schlüssel „{key}“ gibt es in format_version 2 nicht (von einer neueren App?)',
	'ring.report_texts_twice':
		'Behörde „{id}“ und Jahr {period} stehen schon in {first}; je Behörde und Jahr gibt es einen Text',
	'ring.file_line': '{file}, Zeile {line}: {message}',
	'ring.status_twice': 'derselbe Befund steht schon in Zeile {earlier}; jeder Befund hat genau einen Status.',
	'ring.member_period_twice': 'Behörde „{id}“ und Jahr {period} stehen schon in Zeile {earlier}.',
	'ring.pseudonyms_header': 'Kopfzeile muss „{header}“ (oder, ohne Pseudonym-Schlüssel, „{old}“) lauten.',
	'ring.pseudonym_key_invalid':
		'Pseudonym-Schlüssel „{key}“ ist ungültig; erwartet „ps-“ und 8 Kleinbuchstaben oder Ziffern.',
	'ring.pseudonym_key_twice':
		'Pseudonym-Schlüssel „{key}“ steht schon in Zeile {line}; jede Behörde hat genau ein Kürzel und einen Schlüssel, jedes gehört genau einer Behörde.',
	'ring.pseudonym_key_clash': 'Pseudonym-Schlüssel „{key}“ ist zugleich der Schlüssel einer Behörde.',
	'ring.pseudonym_keys_drawn':
		'pseudonyms.csv führt noch keine Pseudonym-Schlüssel (Spalte pseudonym_id); sie wurden jetzt gezogen und bleiben, sobald der Ring gespeichert ist.',
	'ring.pseudonym_keys_added':
		'pseudonyms.csv: Mitglieder ohne Pseudonym-Schlüssel haben jetzt einen; er bleibt, sobald der Ring gespeichert ist.',
	'ring.release_state_outsider':
		'Behörde „{id}“ hat einen Freigabestand in diesem Datenstand, steht aber nicht in {file}.',
	'json.too_long': 'höchstens {max} Zeichen, gefunden: {found}',
	'json.too_many': 'höchstens {max} Einträge, gefunden: {found}',
	'json.id': 'Kennung aus Kleinbuchstaben, Ziffern und _',
	'json.year_or_null': 'Jahr zwischen 1950 und 2100 oder null',
	'json.agenda_name_twice': '„{name}“ heißt schon Tagesordnung {n}',
	'json.name_twice': 'Name „{name}“ kommt zweimal vor',
	'json.count_changed_twice': 'Grundzahl „{id}“ wird in diesem Szenario zweimal geändert',
	'json.not_json_utf8': 'keine gültige JSON-Datei (UTF-8)',
	'json.unknown_count': 'unbekannte Grundzahl „{id}“',
	'json.not_a_member': 'keine Behörde aus authorities.csv: „{id}“',
	'json.unknown_group': 'unbekannte Vergleichsgruppe „{id}“',
	'ring.part_not_json': '{file} ist kein gültiges JSON in UTF-8 ({reason}); das Paket wurde nicht gelesen.',
	'ring.part_field': '{file}: Feld „{field}“ ist ungültig ({issue}); das Paket wurde nicht gelesen.',
	'ring.part_unknown_key':
		'{file}: Schlüssel „{key}“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.',
	'ring.scope_member_unknown':
		'ring.json: Feld „scope.member“ nennt Behörde „{id}“, die nicht in authorities.csv steht; das Paket wurde nicht gelesen.',
	'ring.expected_member': 'eine Behörde aus authorities.csv',
	'ring.expected_size_class': 'eine Größenklasse (z. B. GK2)',
	'ring.file_no_entries': '{file} hat keine Einträge; die App schreibt die Datei nur mit Einträgen.'
} as const;
