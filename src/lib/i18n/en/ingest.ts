/** English messages of the ingest area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/ingest.ts';

export const en: Record<keyof typeof de, string> = {
	'ingest.warning_prefix': 'Warning: ',
	'ingest.more_errors': '… and {n} more errors (only the first {limit} are shown one by one).',
	'ingest.more_warnings': '… and {n} more warnings (only the first {limit} are shown one by one).',
	'ingest.zip_not_csv':
		'The file is a ZIP archive or an Excel workbook (.xlsx), not a CSV file. In Excel choose “Save as → CSV UTF-8”, or read the workbook on the import page or with `check`.',
	'ingest.xls':
		'The file is an old Excel workbook (.xls) or an encrypted workbook and cannot be read. Please save it in Excel as “Excel Workbook (.xlsx)” or “CSV UTF-8”.',
	'ingest.pdf': 'The file is a PDF document, not a CSV file.',
	'ingest.gzip': 'The file is gzip-compressed; please unpack it first.',
	'ingest.binary':
		'The file cannot be read: it contains binary data (e.g. null bytes or control characters) and is not a text table (CSV).',
	'ingest.bad_utf8': 'The file cannot be read: it starts with a UTF-8 mark (BOM) but contains invalid UTF-8.',
	'ingest.bad_utf16': 'The file cannot be read: it is marked as UTF-16 but damaged.',
	'ingest.not_xlsx':
		'The file is a ZIP archive but not an Excel workbook (.xlsx): xl/workbook.xml is missing.',
	'ingest.xlsx_damaged': 'The Excel workbook is damaged and cannot be read.',
	'ingest.xlsx_no_sheet': 'The Excel workbook contains no worksheet.',
	'ingest.sheet_empty': 'The worksheet “{sheet}” is empty: no header row and no data.',
	'ingest.file_empty': 'The file is empty: no header row and no data.',
	'ingest.no_rows': 'The file contains no rows.',
	'ingest.header_too_wide': 'The header row has {fields} columns; more than {max} are not read.',
	'ingest.title_line': 'Row above the header row skipped (title row): “{text}”.',
	'ingest.unknown_column':
		'Unknown column “{header}”: neither a base count id nor a known key column. Map it with a mapping profile (or “ignore”).',
	'ingest.unknown_column_suggestion':
		'Unknown column “{header}”: neither a base count id nor a known key column. Suggestion: {suggestion}. Map it with a mapping profile (or “ignore”).',
	'ingest.suggestion_count': '“{id}”',
	'ingest.suggestion_key': '“{id}”',
	'ingest.duplicate_column': 'Column “{header}” means the same as column {column} (“{other}”).',
	'ingest.count_column_in_long':
		'Column “{header}” is a base count, but the file has the long layout (columns count_id and value).',
	'ingest.long_incomplete': 'Long layout incomplete: column “{column}” is missing.',
	'ingest.no_counts':
		'No base count column found. Expected are columns named by base count ids (wide layout) or “authority_id, period, count_id, value” (long layout).',
	'ingest.missing_authority_column':
		'Column “authority_id” (the authority key, e.g. “Gemeindeschlüssel” or “AGS”) is missing.',
	'ingest.missing_period_column': 'Column “period” (the year, e.g. “Jahr” or “Stichtag”) is missing.',
	'ingest.period_missing': 'Year missing.',
	'ingest.period_out_of_range': 'Year “{text}” is outside {min}–{max}.',
	'ingest.period_too_long': 'The period is neither a year nor a date.',
	'ingest.bad_date': '“{text}” is not a valid date.',
	'ingest.not_a_period':
		'“{text}” is not a year. Expected is a year (2023) or a date (31.12.2023 or 2023-12-31).',
	'ingest.sum_row': 'Sum row “{text}” is not imported.',
	'ingest.stray_quote': 'Text after a closing quotation mark; the field was read all the same.',
	'ingest.ragged_row':
		'The row has {fields} fields, the header row only {width}: “{text}” in column {column} belongs to no column.',
	'ingest.row_too_wide': 'The row has {fields} fields; more than {max} are not read.',
	'ingest.short_row': 'The row has only {fields} of {width} fields; the missing ones count as empty.',
	'ingest.authority_missing': 'Authority key missing.',
	'ingest.bad_authority': 'Invalid authority key “{text}”.',
	'ingest.leading_zero':
		'Authority key “{id}” has {digits} digits – is a leading zero missing (e.g. “0{id}”)? Spreadsheet programs often drop it.',
	'ingest.count_missing': 'Base count missing.',
	'ingest.unknown_count': 'Unknown base count “{text}”.',
	'ingest.unknown_count_suggestion': 'Unknown base count “{text}”. Suggestion: “{id}”.',
	'ingest.unterminated_quote':
		'A quotation mark is not closed before the end of the file; the rest of the file was read as a single field.',
	'ingest.duplicate_value':
		'Duplicate value for authority {authority}, year {period}, base count {count}: already in line {earlier}, column {column}; this line {line}.',
	'ingest.placeholder': '“{text}” is read as a missing value (not as 0). Please enter a real zero as 0.',
	'ingest.invalid_number': '“{text}” is not a number ({count}: {kind}).',
	'ingest.format_conflict_profile': '“{text}” does not match the mapping profile’s number format {format}.',
	'ingest.format_conflict_file':
		'“{text}” is written in {written} style, other numbers of the file in {others} style. Please use one number format.',
	'ingest.negative': '“{text}” is negative; {count} is {kind} ≥ 0.',
	'ingest.not_integer': '“{text}” is not a whole number; {count} is {kind}.',
	'ingest.too_large': '“{text}” is too large.',
	'ingest.ambiguous':
		'“{text}” is ambiguous: read as German {de}, as English {en}. The other numbers of the file do not settle the format. Please write it without a thousands separator or set the number format in the mapping profile.',
	'ingest.kind_count': 'a count (whole number)',
	'ingest.kind_days': 'a sum of days (whole number)',
	'ingest.kind_minutes': 'a sum of minutes (whole number)',
	'ingest.kind_fte': 'full-time equivalents (decimal)',
	'ingest.kind_eur': 'an amount in euros (decimal)',
	'ingest.german': 'German',
	'ingest.english': 'English',
	'ingest.format_de': 'German (1.234,5)',
	'ingest.format_en': 'English (1,234.5)',
	'ingest.format_neutral': 'whole numbers only',
	'ingest.format_mixed': 'mixed',
	'ingest.encoding_bom': '{name} with BOM',
	'ingest.separator_tab': 'tab',
	'ingest.separator': '“{separator}”',
	'ingest.no_data': 'There are no data below the header row.',
	'ingest.no_values': 'The file contains rows but not a single value.',
	'ingest.authorities_missing_column': 'Column “{column}” is missing in authorities.csv.',
	'ingest.authority_duplicate': 'Authority “{id}” is already in line {line}.',
	'ingest.authority_name_missing': 'The name of authority “{id}” is missing.',
	'ingest.authority_bad_kind': 'Kind “{text}” is unknown; allowed: {allowed}.',
	'ingest.authority_bad_state': 'State “{text}” is unknown; expected is a code such as BY, NW or SN.',
	'ingest.authorities_empty': 'authorities.csv is empty.',
	'ingest.ring_json_invalid': 'ring.json is not a valid JSON file (UTF-8); the ring cannot be read.',
	'ingest.ring_json_not_object': 'ring.json must be a JSON object; the ring cannot be read.',
	'ingest.version_newer':
		'The ring package has format_version {version}; this app reads versions 1 and {supported}. Please update the app – the package was not read.',
	'ingest.version_invalid':
		'ring.json: format_version {version} is invalid; expected is 1 or {supported}. The package was not read.',
	'ingest.ring_json_field': 'ring.json: field “{field}” is invalid ({issue}); the ring cannot be read.',
	'ingest.no_ring':
		'No ring package found: expected are authorities.csv, counts/*.csv and optionally ring.json – at the top of the folder or in exactly one subfolder.',
	'ingest.authorities_missing_file': 'authorities.csv is missing in the ring package.',
	'ingest.counts_not_csv': 'A file in the folder counts/ is not a .csv file and is not read.',
	'ingest.package_duplicate_value':
		'Duplicate value for authority {authority}, year {period}, base count {count}: already in {file} line {line}, column {column}.',
	'ingest.unknown_authority_one': 'Authority “{id}” is not in authorities.csv (1 value in this file).',
	'ingest.unknown_authority_many': 'Authority “{id}” is not in authorities.csv ({n} values in this file).',
	'ingest.period_not_listed': 'Year {period} is not listed in ring.json under “periods”.',
	'ingest.no_count_files': 'The ring package contains no base count files (counts/*.csv).',
	'ingest.ring_not_found': 'Ring “{path}” not found (neither a folder nor a ZIP file).',
	'ingest.ring_unreadable': 'Ring “{path}” cannot be read.',
	'ingest.ring_unreadable_code': 'Ring “{path}” cannot be read ({code}).',
	'ring.json_field': 'ring.json: field “{field}” is invalid ({issue}); the ring was not opened.',
	'ring.unknown_group_member':
		'ring.json: peer group “{group}” names authority “{id}”, which is not in authorities.csv.',
	'ring.provenance_not_utf8': 'provenance.csv is not a UTF-8 file.',
	'ring.provenance_header': 'provenance.csv: the header row must be “{header}”.',
	'ring.provenance_row': 'provenance.csv: row incomplete or invalid.',
	'ring.provenance_duplicate': 'provenance.csv: value listed twice.',
	'ring.provenance_unmatched': 'provenance.csv: {n} origin(s) without a matching value were skipped.',
	'ingest.profile_not_profile': 'Not a mapping profile: “format” must be “{format}”.',
	'ingest.profile_version': 'The mapping profile has a version other than 1 and cannot be read by this app.',
	'ingest.profile_invalid': 'Invalid mapping profile: {issue}',
	'ingest.profile_invalid_field': 'Invalid mapping profile (field {field}): {issue}',
	'ingest.profile_unknown_header':
		'The mapping profile maps the column “{header}” to the unknown base count “{target}”.',
	'ingest.profile_unknown_name': 'The mapping profile maps “{name}” to the unknown base count “{target}”.',
	'ingest.profile_not_json': 'The mapping profile is not a valid JSON file.',
	'json.missing': 'missing, expected: {expected}',
	'json.mismatch': 'expected: {expected}, found: {found}',
	'json.empty': 'must not be empty',
	'json.object': 'object',
	'json.list': 'list',
	'json.text': 'text',
	'json.number': 'number',
	'json.boolean': 'true or false',
	'json.true_or_false': 'true or false',
	'json.integer': 'whole number',
	'json.year': 'whole number from 1950 to 2100',
	'json.json_value': 'JSON value',
	'json.not_json': 'no JSON value',
	'json.quoted': '“{value}”',
	'json.or': '{list} or {last}',
	'ingest.foreign_file':
		'The file does not look like an export of base counts: {unknown} of {columns} columns are unknown ({examples}), no column is a base count or an authority key with a year. Please check the file – expected are columns named by base-count ids (wide layout) or “authority_id, period, count_id, value” (long layout); a file with other column names can be read through the mapping.',
	'ingest.foreign_file_more':
		'The file does not look like an export of base counts: {unknown} of {columns} columns are unknown ({examples}, …), no column is a base count or an authority key with a year. Please check the file – expected are columns named by base-count ids (wide layout) or “authority_id, period, count_id, value” (long layout); a file with other column names can be read through the mapping.',
	'ingest.counts_not_csv_strict':
		'A file in the folder counts/ is not a .csv file and is not read. In format_version 2 this is an error.',
	'ring.unknown_key_strict':
		'ring.json: there is no key “{key}” in format_version 2 (from a newer app?); the package was not read.',
	'ring.unknown_key':
		'ring.json: key “{key}” is unknown in a ring package of format_version {version} and is not taken over.',
	'ring.unknown_key_unversioned':
		'ring.json: key “{key}” is unknown in a ring package without format_version and is not taken over.',
	'ring.unknown_file_strict':
		'There is no file “{path}” in format_version 2 (from a newer app?); the package was not read.',
	'ring.unknown_file':
		'File “{path}” does not belong to a ring package of format_version {version} and is not read.',
	'ring.unknown_file_unversioned':
		'File “{path}” does not belong to a ring package without format_version and is not read.',
	'ring.canonical_header': 'The header must read “{header}”.',
	'ring.canonical_fields': 'Line {line} does not have {fields} fields.',
	'ring.canonical_line':
		'Line {line} is not in the canonical form the app writes (expected: “{expected}”). The file was changed by hand; the package was not read.',
	'ring.canonical_line_end':
		'Line {line} is not in the canonical form the app writes (expected: the end of the file). The file was changed by hand; the package was not read.',
	'ring.canonical_authority': 'Line {line}: invalid authority (key, kind or state).',
	'ring.canonical_authority_twice': 'An authority is listed twice.',
	'ring.canonical_order': 'Line {line} is out of the order authority, year, base count, or repeated.',
	'ring.canonical_value': 'Line {line}: invalid value (key, year YYYY, base-count id or number).',
	'ring.pseudonyms_missing':
		'pseudonyms.csv is missing: a ring package of format_version 2 carries the pseudonyms of its members. Without them the app would show other labels than earlier reports; the package was not read.',
	'ring.pseudonyms_not_utf8': 'pseudonyms.csv is not a UTF-8 file.',
	'ring.pseudonym_row': 'A line needs a key and a label of 1 to 4 capital letters (A, B, …, AA, …).',
	'ring.pseudonym_authority_twice':
		'Authority “{id}” is already in line {line}; every authority has exactly one label and one key, each belongs to exactly one authority.',
	'ring.pseudonym_label_twice':
		'Label “{label}” is already in line {line}; every authority has exactly one label and one key, each belongs to exactly one authority.',
	'ring.pseudonym_missing':
		'Authority “{id}” of authorities.csv has no label. The next free one would be “{next}” (add the line “{id},{next}”).',
	'ring.unknown_nested_key': 'ring.json: key “{key}” is unknown and is not taken over.',
	'json.release_id': 'an id of lower-case letters, digits, - and _ (at most 40 characters)',
	'json.timestamp': 'a time YYYY-MM-DDThh:mm:ssZ',
	'json.sha256': 'SHA-256 as 64 hex digits (0-9, a-f)',
	'ring.release_twice': 'ring.json: data release “{id}” is listed twice under “releases”.',
	'ring.release_file_unknown':
		'File “{path}” does not belong to a data release (expected: authorities.csv, base_values.csv and member_releases.csv); the package was not read.',
	'ring.release_file_unlisted':
		'File “{path}” belongs to no data release in ring.json (“releases”); the package was not read.',
	'ring.release_not_utf8': '{file} is not a UTF-8 file.',
	'ring.release_file_missing':
		'{file} is missing: data release “{name}” ({id}) needs its members and values.',
	'ring.release_stranger': 'Authority “{id}” has values in this data release but is not listed in {file}.',
	'ring.release_hash_mismatch':
		'Checksum mismatch: ring.json gives {listed}… for data release “{name}”, the file has {actual}…. The values were changed after freezing; the package was not read.',
	'ring.moderation_empty':
		'{file} has no entries; the app writes the file only with entries. The package was not read.',
	'ring.moderation_field':
		'{file}, line {line}, field “{name}”: expected {expected}, found “{found}”; the package was not read.',
	'ring.expected_authority': 'an authority key',
	'ring.expected_year': 'a year (YYYY)',
	'ring.expected_rule': 'a rule id (e.g. part_exceeds_whole)',
	'ring.expected_ids': 'ids, separated by “|”',
	'ring.expected_date': 'a date YYYY-MM-DD',
	'ring.expected_numbers': 'numbers in decimal notation, separated by “|”',
	'ring.part_refused': '{file}: {message}; the package was not read.',
	'ring.report_texts_not_json': 'not valid JSON ({reason})',
	'ring.report_texts_not_utf8': 'not a UTF-8 file',
	'ring.report_texts_field': 'field “{field}” is invalid ({issue})',
	'ring.json_root': '(root)',
	'ring.report_texts_unknown_key': 'there is no key “{key}” in format_version 2 (from a newer app?)',
	'ring.report_texts_twice':
		'authority “{id}” and year {period} are already in {first}; there is one text per authority and year',
	'ring.file_line': '{file}, line {line}: {message}',
	'ring.status_twice': 'the same finding is already in line {earlier}; every finding has exactly one status.',
	'ring.member_period_twice': 'authority “{id}” and year {period} are already in line {earlier}.',
	'ring.pseudonyms_header': 'The header must read “{header}” (or, without pseudonym keys, “{old}”).',
	'ring.pseudonym_key_invalid':
		'Pseudonym key “{key}” is invalid; expected “ps-” and 8 lower-case letters or digits.',
	'ring.pseudonym_key_twice':
		'Pseudonym key “{key}” is already in line {line}; every authority has exactly one label and one key, each belongs to exactly one authority.',
	'ring.pseudonym_key_clash': 'Pseudonym key “{key}” is also the key of an authority.',
	'ring.pseudonym_keys_drawn':
		'pseudonyms.csv has no pseudonym keys yet (column pseudonym_id); they were drawn now and are kept once the ring is saved.',
	'ring.pseudonym_keys_added':
		'pseudonyms.csv: members without a pseudonym key have one now; it is kept once the ring is saved.',
	'ring.release_state_outsider':
		'Authority “{id}” has a release state in this data release but is not listed in {file}.',
	'json.too_long': 'at most {max} characters, found: {found}',
	'json.too_many': 'at most {max} entries, found: {found}',
	'json.id': 'an id of lower-case letters, digits and _',
	'json.year_or_null': 'a year between 1950 and 2100 or null',
	'json.agenda_name_twice': '“{name}” is already the name of agenda {n}',
	'json.name_twice': 'name “{name}” occurs twice',
	'json.count_changed_twice': 'base count “{id}” is changed twice in this scenario',
	'json.not_json_utf8': 'not a valid JSON file (UTF-8)',
	'json.unknown_count': 'unknown base count “{id}”',
	'json.not_a_member': 'no authority of authorities.csv: “{id}”',
	'json.unknown_group': 'unknown peer group “{id}”',
	'ring.part_not_json': '{file} is not valid JSON in UTF-8 ({reason}); the package was not read.',
	'ring.part_field': '{file}: field “{field}” is invalid ({issue}); the package was not read.',
	'ring.part_unknown_key':
		'{file}: there is no key “{key}” in format_version 2 (from a newer app?); the package was not read.',
	'ring.scope_member_unknown':
		'ring.json: field “scope.member” names authority “{id}”, which is not in authorities.csv; the package was not read.',
	'ring.expected_member': 'an authority of authorities.csv',
	'ring.expected_size_class': 'a size class (e.g. GK2)',
	'ring.file_no_entries': '{file} has no entries; the app writes the file only with entries.'
};
