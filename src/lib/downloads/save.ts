/**
 * Offering bytes as a file download — the one browser-side step every download shares (ring package,
 * CSV, SVG, PNG, query list, template). It lives apart from the app's state so charts and view
 * components can offer downloads without importing the app (README, "Architecture").
 */
export function download(bytes: Uint8Array | string, fileName: string, mimeType: string): void {
	const blob = new Blob([typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>)], {
		type: mimeType
	});
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	// The click starts the download asynchronously; revoking at once can cancel it in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
