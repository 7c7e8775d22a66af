/**
 * The dashboard's one loader (`resource`): a request per state, the previous answer kept until the
 * new one arrives, an answer for a state already left dropped (a slow query never overwrites a newer
 * view), a failure kept as the error until the next answer; with a delay, one load after a burst of
 * changes. On Svelte's client runtime.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { resource } from '../../src/lib/dashboard/resource.svelte.ts';

/** A promise settled by hand. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
	return { promise, resolve, reject };
}

const settle = async () => {
	await new Promise((done) => setTimeout(done, 0));
	flushSync();
};

describe('resource', () => {
	it('keeps the previous answer, drops a stale one, keeps a failure until the next answer', async () => {
		let year = $state(2023);
		const pending = new Map<number, ReturnType<typeof deferred<string>>>();
		const noted: string[] = [];
		let r!: ReturnType<typeof resource<string>>;
		const stop = $effect.root(() => {
			r = resource(
				() => {
					const y = year;
					return {
						key: String(y),
						load: () => {
							const d = deferred<string>();
							pending.set(y, d);
							return d.promise;
						}
					};
				},
				(loaded) => noted.push(loaded.key)
			);
		});
		flushSync();
		expect(r.current).toBeNull();
		pending.get(2023)!.resolve('view 2023');
		await settle();
		expect(r.current).toEqual({ key: '2023', value: 'view 2023' });

		year = 2024;
		flushSync();
		year = 2025;
		flushSync();
		// 2024 answers after the user went on to 2025: dropped; 2023 stays shown meanwhile.
		pending.get(2024)!.resolve('view 2024');
		await settle();
		expect(r.current).toEqual({ key: '2023', value: 'view 2023' });
		pending.get(2025)!.reject(new Error('DuckDB: out of memory'));
		await settle();
		expect(r.current?.key).toBe('2023');
		expect((r.error as Error).message).toBe('DuckDB: out of memory');

		year = 2022;
		flushSync();
		pending.get(2022)!.resolve('view 2022');
		await settle();
		expect(r.current).toEqual({ key: '2022', value: 'view 2022' });
		expect(r.error).toBeNull();
		expect(noted).toEqual(['2023', '2022']);
		stop();
	});

	it('with a delay, loads once after a burst of changes and never for a request left meanwhile', async () => {
		vi.useFakeTimers();
		try {
			let text = $state('a');
			const loads: string[] = [];
			let r!: ReturnType<typeof resource<string>>;
			const stop = $effect.root(() => {
				r = resource(() => {
					const v = text;
					return {
						key: v,
						delayMs: 150,
						load: () => (loads.push(v), Promise.resolve(v.toUpperCase()))
					};
				});
			});
			flushSync();
			text = 'ab';
			flushSync();
			vi.advanceTimersByTime(100);
			text = 'abc';
			flushSync();
			vi.advanceTimersByTime(149);
			expect(loads).toEqual([]); // 'a' and 'ab' were replaced before their pause was over
			vi.advanceTimersByTime(1);
			expect(loads).toEqual(['abc']);
			await vi.runAllTimersAsync();
			flushSync();
			expect(r.current).toEqual({ key: 'abc', value: 'ABC' });

			// A view that goes away (the effect torn down) during the pause loads nothing.
			text = 'abcd';
			flushSync();
			stop();
			vi.advanceTimersByTime(1000);
			expect(loads).toEqual(['abc']);
		} finally {
			vi.useRealTimers();
		}
	});
});
