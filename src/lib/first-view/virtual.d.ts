/** Served by first-view/vite-plugin.ts: URLs of the demo ring's first view, or null outside `vite build`. */
declare module 'virtual:first-view' {
	export const overviewUrl: string | null;
	export const kpiUrls: Record<string, string>;
}
