/**
 * Opening a real ring (issue 21), the report's part: the targets — ?package=, „Ringpaket öffnen“ and a
 * stored ring against the bare DuckDB floor, the 5,000 × 10 ring's load and heap — and their rows with
 * the memory per value at each scale (the cost must grow linearly).
 *
 * A module of its own, as import-report.ts: `npm run bench -- --only open` reports it alone
 * (bench/results/open.{md,json}).
 */
import type { BrowserResult } from './browser-types.ts';
import type { AddRow } from './import-report.ts';
import type { TargetResult } from './report.ts';
import { formatMs, formatRatio, ratio, type Summary } from './stats.ts';

/** Opening a real ring → first chart, as a multiple of the bare DuckDB floor. */
const TARGET_OPEN_RATIO = 1.5;
/** The 5,000 × 10 ring in Chromium: read + load (ms) and the page's JS heap (bytes). */
const TARGET_STRESS_LOAD = 2500;
const TARGET_STRESS_HEAP = 250 * 2 ** 20;

export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
/** Bytes per value, one decimal. */
const perValue = (bytes: number, values: number) => `${(bytes / values).toFixed(1)} B/value`;

/** A real ring opened (package, „Ringpaket öffnen“, stored) against the floor; the stress ring's load and heap. */
export function openTargets(b: BrowserResult): TargetResult[] {
	const out: TargetResult[] = [];
	const floor = b.coldStartFloor.median;
	const versus = (id: string, target: string, s: Summary | null | undefined) => {
		const q = ratio(s?.median, floor);
		out.push({
			id,
			target: `${target} ≤ ${TARGET_OPEN_RATIO}× bare DuckDB floor`,
			measured:
				q === null ? 'not measured' : `${formatMs(s!.median)} vs ${formatMs(floor)} = ${formatRatio(q)}`,
			pass: q === null ? null : q <= TARGET_OPEN_RATIO,
			why: q === null || q <= TARGET_OPEN_RATIO ? '' : `${formatMs(s!.median - floor)} beyond the floor`
		});
	};
	versus('open-package-url', `?package= ${b.packageRing} → first chart`, b.coldStartPackage);
	versus(
		'open-package-file',
		`„Ringpaket öffnen“ ${b.packageRing} → first chart`,
		b.storedOpen?.openPackageChart
	);
	versus(
		'open-stored',
		`stored ring ${b.packageRing} (not the demo, no last view) → first chart`,
		b.storedOpen?.stored
	);
	const stress = b.rings.find((x) => x.ring === '5000x10');
	if (stress) {
		const load = stress.read + stress.load;
		out.push({
			id: 'stress-load',
			target: `5000×10 read + load in Chromium < ${formatMs(TARGET_STRESS_LOAD)}`,
			measured: `${formatMs(stress.read)} + ${formatMs(stress.load)} = ${formatMs(load)}`,
			pass: load < TARGET_STRESS_LOAD,
			why: load < TARGET_STRESS_LOAD ? '' : 'see the load rows'
		});
	}
	const heap = b.packageOpens?.find((x) => x.ring === '5000x10');
	if (heap)
		out.push({
			id: 'stress-heap',
			target: `5000×10 ?package= page JS heap < ${mb(TARGET_STRESS_HEAP)} (with ArrayBuffers)`,
			measured: `peak ${mb(heap.peakHeap)} (with ArrayBuffers ${mb(heap.peakMemory ?? heap.peakHeap)}), after GC ${mb(heap.retainedHeap)} (${mb(heap.retainedMemory ?? heap.retainedHeap)})`,
			pass: (heap.peakMemory ?? heap.peakHeap) < TARGET_STRESS_HEAP,
			why:
				(heap.peakMemory ?? heap.peakHeap) < TARGET_STRESS_HEAP ? '' : 'peak memory of the page while opening'
		});
	return out;
}

/** The figure rows of opening a real ring: each ?package= scale, „Ringpaket öffnen“, a stored ring. */
export function openRows(b: BrowserResult, add: AddRow): void {
	for (const p of b.packageOpens ?? [])
		add(
			`cold start, ?package= ${p.ring} ring (${p.values} values) → first chart`,
			p.firstChart,
			'bare DuckDB-WASM + 1 query',
			b.coldStartFloor
		);
	if (!b.packageOpens)
		add(
			`cold start, ?package= ${b.packageRing} ring → first chart`,
			b.coldStartPackage,
			'bare DuckDB-WASM + 1 query',
			b.coldStartFloor
		);
	const so = b.storedOpen;
	if (so) {
		add(`„Ringpaket öffnen“ ${so.ring}: file → ring stored and loaded`, so.openPackage);
		add(
			`„Ringpaket öffnen“ ${so.ring}: file → first chart (link to the KPI view)`,
			so.openPackageChart,
			'bare DuckDB-WASM + 1 query',
			b.coldStartFloor
		);
		add(
			`cold start, stored ring ${so.ring} (not the demo, no last view) → first chart`,
			so.stored,
			'bare DuckDB-WASM + 1 query',
			b.coldStartFloor
		);
	}
}

/** The page's memory while opening each ?package= scale, per value (the cost must grow linearly). */
export function openMemoryRows(b: BrowserResult | null): string[][] {
	return (b?.packageOpens ?? []).map((p) => [
		`${p.ring} Chromium app page (?package=, ${p.values} values)`,
		`${mb(p.peakHeap)} (${perValue(p.peakHeap, p.values)})`,
		'–',
		'–',
		[
			p.peakMemory !== undefined &&
				`peak with ArrayBuffers ${mb(p.peakMemory)} (${perValue(p.peakMemory, p.values)})`,
			`after GC ${mb(p.retainedHeap)} (${perValue(p.retainedHeap, p.values)})`,
			p.retainedMemory !== undefined &&
				`with ArrayBuffers ${mb(p.retainedMemory)} (${perValue(p.retainedMemory, p.values)})`
		]
			.filter(Boolean)
			.join('; ')
	]);
}
