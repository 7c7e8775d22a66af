/**
 * The dashboard's one loader (`resource`): a request per state, the previous answer kept until the
 * new one arrives, an answer for a state already left dropped (a slow query never overwrites a newer
 * view), a failure kept as the error until the next answer. On Svelte's client runtime.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
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
});
