/**
 * Spreadsheet column letters: 1 → A, 26 → Z, 27 → AA, 702 → ZZ, 703 → AAA.
 * Used for XLSX cell references and for pseudonyms (Behörde A, B, … AA), so both count the same way.
 */
export function columnLetters(column: number): string {
	let n = column;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}
