/**
 * Warming up an import worker started ahead, while the user is still choosing a file: a few small
 * generated files (long and wide layout, German numbers) through the same ingest code, so that the
 * engine has compiled the hot paths (tokenizer, row pass, number reading) before the real file comes.
 *
 * Why: a worker is fresh for every read (cancel = terminate); its first megabytes ran in the
 * interpreter and cost a 10 MB file about a third of its time. Nothing of the warm-up is kept.
 */
import { parseImportFile } from '../ingest/parse-import.ts';
import type { CountSpec } from '../ingest/types.ts';

const SPECS: CountSpec[] = [
	{ id: 'warm_count', kind: 'count', label: 'Anzahl' },
	{ id: 'warm_fte', kind: 'fte', label: 'Vollzeitäquivalente' },
	{ id: 'warm_eur', kind: 'eur', label: 'Euro' }
];

function sample(rows: number): { long: Uint8Array; wide: Uint8Array } {
	const long = ['authority_id;period;count_id;value'];
	const wide = ['authority_id;period;warm_count;warm_fte;warm_eur'];
	for (let i = 0; i < rows; i++) {
		const authority = String(1_001_000 + Math.floor(i / 30)).padStart(8, '0');
		const period = 2000 + (i % 30);
		long.push(
			`${authority};${period};warm_count;${i * 7}`,
			`${authority};${period};warm_fte;${i},${i % 100}`
		);
		wide.push(
			`${authority};${period};${i * 7};${i},5;${(i * 13) % 1000}.${String(i % 1000).padStart(3, '0')},25`
		);
	}
	const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');
	return { long: encode(long), wide: encode(wide) };
}

export function warmUp(): void {
	const { long, wide } = sample(1500);
	for (let i = 0; i < 4; i++) {
		parseImportFile('warm-up.csv', long, SPECS, { columnar: true, previewRows: 20, problemRows: 50 });
		parseImportFile('warm-up.csv', wide, SPECS, { columnar: true, previewRows: 20, problemRows: 50 });
	}
}
