// Type of the virtual module served by `vite-plugin.ts` (the validated catalogue as JSON).
declare module 'virtual:kpi-definitions' {
	const catalogue: import('./schema.ts').Catalogue;
	export default catalogue;
}
