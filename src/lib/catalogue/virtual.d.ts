// Type of the virtual module served by `vite-plugin.ts` (the validated catalogue as JSON).
declare module 'virtual:kpi-definitions' {
	const catalogue: import('./schema.ts').Catalogue;
	export default catalogue;
}

// The catalogue's English labels and help texts (`englishTexts` in vite-plugin.ts).
declare module 'virtual:kpi-definitions/en' {
	const texts: import('./vite-plugin.ts').CatalogueTexts;
	export default texts;
}
