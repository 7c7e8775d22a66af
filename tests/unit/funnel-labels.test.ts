/**
 * The funnel writes the names of flagged points only where they fit (`placedLabels`): on a ring
 * where most members are flagged, names never cover each other or the own authority's name; the
 * most striking points (alarms, then the farthest from the target) get theirs first.
 */
import { describe, expect, it } from 'vitest';
import { placedLabels, type FunnelDatum } from '../../src/lib/charts/funnel.ts';

const frame = {
	width: 720,
	height: 420,
	margin: { top: 24, right: 30, bottom: 45, left: 80 },
	x: [0, 1000] as [number, number],
	y: [0, 100] as [number, number]
};
const point = (
	label: string,
	n: number,
	value: number,
	flag: FunnelDatum['flag'],
	own = false
): FunnelDatum => ({
	label,
	n,
	value,
	flag,
	own
});

/** Label boxes as the chart draws them (the same geometry, recomputed here independently). */
function boxes(points: FunnelDatum[]): [number, number, number, number][] {
	const w = frame.width - frame.margin.left - frame.margin.right;
	const h = frame.height - frame.margin.top - frame.margin.bottom;
	return points.map((d) => {
		const x = frame.margin.left + (d.n / 1000) * w;
		const y = frame.margin.top + ((100 - d.value) / 100) * h;
		const len = d.label.length * 6.4;
		return d.n <= 600 ? [x + 9, y - 7, x + 9 + len, y + 7] : [x - 9 - len, y - 7, x - 9, y + 7];
	});
}

describe('placedLabels', () => {
	it('places every name when they are far apart', () => {
		const flagged = [
			point('A (01)', 100, 90, 'alert'),
			point('B (02)', 500, 10, 'alarm'),
			point('C (03)', 900, 50, 'alert')
		];
		expect(placedLabels(flagged, [], 50, frame).map((d) => d.label)).toEqual(['B (02)', 'A (01)', 'C (03)']);
	});

	it('42 flagged members in a cluster: no two names overlap, alarms and extremes first', () => {
		const flagged = Array.from({ length: 42 }, (_, i) =>
			point(
				`Landkreis ${i} (${String(i).padStart(5, '0')})`,
				300 + (i % 7) * 20,
				60 + (i % 6) * 2,
				i === 41 ? 'alarm' : 'alert'
			)
		);
		const placed = placedLabels(flagged, [], 50, frame);
		expect(placed.length).toBeGreaterThan(0);
		expect(placed.length).toBeLessThan(42);
		expect(placed[0]!.label).toBe('Landkreis 41 (00041)');
		const b = boxes(placed);
		for (let i = 0; i < b.length; i++)
			for (let j = i + 1; j < b.length; j++) {
				const [p, q] = [b[i]!, b[j]!];
				expect(
					p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3],
					`${placed[i]!.label} / ${placed[j]!.label}`
				).toBe(false);
			}
		// Among the alerts, the farthest from the target comes first.
		const alerts = placed.filter((d) => d.flag === 'alert').map((d) => Math.abs(d.value - 50));
		expect(alerts).toEqual([...alerts].sort((x, y) => y - x));
	});

	it('a flagged name never covers the own authority’s name', () => {
		const own = point('Stadt Muster (09999)', 400, 70, null, true);
		const flagged = [point('Nachbar (01234)', 400, 70, 'alarm'), point('Fern (05678)', 400, 20, 'alert')];
		expect(placedLabels(flagged, [own], 50, frame).map((d) => d.label)).toEqual(['Fern (05678)']);
	});
});
