/**
 * The shapes of the browser benchmark: its options (the rings it measures) and the figures each part
 * returns, shared by the orchestration (browser.ts), its parts and the report writers.
 */
import type { Catalogue } from '../src/lib/catalogue/schema.ts';
import type { LoadedJs } from './cold-start.ts';
import type { BrowserImportFigure } from './import-browser.ts';
import type { PackageOpenFigures, StoredOpenFigures } from './ring-open-browser.ts';
import type { SlideChangeFigures } from './session-browser.ts';
import type { Summary } from './stats.ts';

export interface BenchRing {
	id: string;
	file: string;
	authorities: string[];
	periods: number[];
	authority: string;
	period: number;
	/** Base values in the ring. */
	values: number;
}

export interface BrowserOptions {
	/** The served copy of build/ (bench files are written into its bench/ folder). */
	dir: string;
	port: number;
	quick: boolean;
	catalogue: Catalogue;
	/** Rings written as zips into <dir>/bench/; interaction uses `interactionRing`. */
	rings: { ring: BenchRing; zip: Uint8Array }[];
	interactionRing: string;
	log: (line: string) => void;
	/** `--only open`: the ring-opening rows alone, without the session's slide change and the import page. */
	openOnly?: boolean;
}

export interface InteractionFigures {
	ring: string;
	/** false when `?package=` did not open the ring (then the demo ring was measured). */
	packageOpened: boolean;
	authorities: number;
	all: Summary;
	byKind: Record<string, Summary>;
	/** Interactions whose chart changed again after the quiet period (should be 0). */
	lateRenders: number;
	/** Interactions after which the own bar's aria-label did not change. */
	unchangedLabels: number;
	/** performance.memory.usedJSHeapSize of the app page after the interactions. */
	appJsHeap: number;
}

export interface BrowserRingFigures {
	ring: string;
	values: number;
	open: number;
	read: number;
	load: number;
	compute: Summary;
	memory: { peakJsHeap: number; jsHeap: number; duckdbMemory: number; databaseSize: string };
}

export interface BrowserResult {
	chromium: string;
	/** Path of the page measured for cold start and interaction (see VIEWS). */
	view: string;
	/** App JS loaded until the first chart (brotli bytes on the wire), last cold run. */
	coldStartJs: LoadedJs | null;
	/** Ring opened with ?package= for the package cold start and the interaction. */
	packageRing: string;
	coldStart: Summary;
	coldStartFloor: Summary;
	/** First chart of the interaction ring opened with ?package= (cold). */
	coldStartPackage: Summary | null;
	/** `?package=` → first chart with the page's heap, at every scale (ring-open-browser.ts). */
	packageOpens?: PackageOpenFigures[];
	/** „Ringpaket öffnen“ and the stored ring opened cold, on the interaction ring. */
	storedOpen?: StoredOpenFigures | null;
	interaction: InteractionFigures | null;
	/** Session mode: a slide change of „Alle Kennzahlen“ on the interaction ring (session-browser.ts). */
	slideChange?: SlideChangeFigures | null;
	rings: BrowserRingFigures[];
	/** The import page on the German CSVs of import-files.ts, with its floors (bench/import-browser.ts). */
	imports: BrowserImportFigure[];
	notes: string[];
}
