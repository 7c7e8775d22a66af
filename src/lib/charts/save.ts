/**
 * Saving a table as the user asked: CSV (built here) or Excel (written in the import worker), named by
 * ids only (`fileName`), stamped with the Datenstand and dated. One place for the chart tables and
 * the overview, so both downloads always carry the same columns.
 */
import { download } from '../downloads/save.ts';
import { isoDate } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import { xlsxInWorker } from '../ring/worker-client.ts';
import { downloadStamp, fileName } from './export.ts';
import { tableCsv, tableSheets, type DownloadTable } from './table-file.ts';

export async function saveCsv(table: DownloadTable, file: readonly (string | number)[]): Promise<void> {
	download(tableCsv(table, await downloadStamp()), fileName(file, 'csv'), 'text/csv;charset=utf-8');
}

/** Throws when the worker fails (e.g. out of memory): the caller says so where the button is. */
export async function saveXlsx(table: DownloadTable, file: readonly (string | number)[]): Promise<void> {
	const sheets = tableSheets(
		table,
		{ info: t('dl.info_sheet'), title: t('dl.about_title'), created: t('dl.about_created') },
		isoDate(new Date()),
		await downloadStamp()
	);
	download(
		await xlsxInWorker(sheets),
		fileName(file, 'xlsx'),
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	);
}
