/** CSV helpers of the import views (German Excel dialect: `;`). */

/** One field for a `;`-separated file: quoted when it holds `;`, `"` or a line break. */
export function csvTemplateField(text: string): string {
	return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
