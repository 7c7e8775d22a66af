/**
 * The import session of the import page, without markup: the files and what the worker read from
 * them (start, progress, cancel, re-read with corrected detection or mapping), the mapping profiles,
 * the user's decisions on conflicts and unknown authorities, the check (a candidate ring loaded into
 * the engine, not stored) and the confirm/discard flow. Nothing is stored before confirming.
 *
 * One instance per page visit (`new ImportController()` in the route). The values read live outside
 * reactive state (a million values must not become deep proxies): as the worker's columns, analysed
 * against the ring without an object per value; objects are made only when the result is checked.
 */
import { app, type RingChange } from '../app/app.svelte.ts';
import { countSpecs } from '../app/session.ts';
import { formatInteger, formatNumber } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import { errorText } from '../i18n/words.ts';
import type { MappingProfile } from '../ingest/profile.ts';
import type { CountSpec } from '../ingest/types.ts';
import { engineRing } from '../ring/package/types.ts';
import { runImport, type ImportRun } from './client.ts';
import { analyseImportInSteps, type Analysis } from './analyse.ts';
import { mergeImport, type Choice } from './merge.ts';
import { entryProfile, newEntry, takeResult, type Entry } from './entry.ts';
import { memberPeriods, type ValueColumns } from '../ring/value-columns.ts';
import { READ_MEASURE, type FileOptions } from './protocol.ts';
import { ProfileActions } from './profile-actions.svelte.ts';
import { importChange, isDemo, type Checked } from './ring-changes.ts';
import {
	addProblems,
	isUnresolved,
	NEW_UNKNOWN,
	newAuthorities,
	skippedAuthorities,
	type UnknownDecision,
	type UnknownDecisions
} from './unknown.ts';

export class ImportController {
	session = $derived(app.session);
	specs: CountSpec[] = $derived(this.session ? countSpecs(this.session.catalogue) : []);
	profiles = $derived(this.session?.data.extras.mapping_profiles ?? []);

	entries = $state<Entry[]>([]);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- deliberately not reactive; `#valuesVersion` signals changes
	#valuesOf = new Map<number, ValueColumns>();
	#valuesVersion = $state(0);
	#nextId = 0;
	progress = $state<number[]>([]);
	running = $state<string[]>([]);
	run = $state.raw<ImportRun | null>(null);
	// What the page says, as text made when shown: a language switch rewords it in place.
	status = $state.raw<() => string>(() => '');
	failure = $state.raw<() => string>(() => '');
	busy = $state(false);

	choices = $state<Record<string, Choice>>({});
	all = $state<Choice>('keep');
	unknownDecision = $state<UnknownDecisions>({});
	checked = $state.raw<Checked | null>(null);
	/** Saving, importing and deleting the ring's mapping profiles. */
	readonly profileActions = new ProfileActions(this);

	allColumns = $derived.by(() => {
		void this.#valuesVersion;
		return this.entries.flatMap((e) => this.#valuesOf.get(e.id) ?? []);
	});
	valueCount = $derived(this.allColumns.reduce((n, c) => n + c.value.length, 0));
	/** The files' values against the ring (analyse.ts), null while it is being worked out. */
	analysis = $state.raw<Analysis | null>(null);
	allRead = $derived(this.entries.length > 0 && this.entries.every((e) => e.result !== null));
	fileErrors = $derived(
		this.entries.reduce(
			(n, e) => n + (e.result?.problems.filter((p) => p.severity === 'error').length ?? 0),
			0
		)
	);
	unresolved = $derived(
		(this.analysis?.unknownAuthorities ?? []).filter((u) => {
			const decision = this.unknownDecision[u.authority_id];
			const ring = this.session?.data.ring;
			return (
				isUnresolved(decision) || (ring ? addProblems(ring, u.authority_id, decision).length > 0 : false)
			);
		}).length
	);
	ready = $derived(
		this.allRead &&
			this.analysis !== null &&
			this.fileErrors === 0 &&
			(this.analysis?.duplicates.length ?? 0) === 0 &&
			this.unresolved === 0 &&
			this.valueCount > 0
	);

	constructor() {
		// The comparison with the ring runs in slices (a million values must not freeze the page): a
		// new one, for new files or a new ring, replaces one still running.
		$effect(() => {
			const ring = this.session?.data.ring;
			const columns = this.allColumns;
			this.analysis = null;
			if (!ring) return;
			const abort = new AbortController();
			void analyseImportInSteps(ring, columns, abort.signal).then((analysis) => {
				if (analysis) this.analysis = analysis;
			});
			return () => abort.abort();
		});
	}

	// ---- Files and the worker ----------------------------------------------------------------------

	#resetDecisions(): void {
		this.checked = null;
		this.choices = {};
		this.all = 'keep';
	}

	addFiles(list: FileList | null | undefined): void {
		if (!list || list.length === 0) return;
		const added = [...list].map((file) => newEntry(this.#nextId++, file));
		const first = this.entries.length;
		this.entries = [...this.entries, ...added];
		void this.parse(added.map((_, k) => first + k));
	}

	/** Reads the entries at `indices` (again) in a fresh worker; a running read is cancelled. */
	async parse(indices: number[]): Promise<void> {
		if (!this.session || indices.length === 0) return;
		if (this.run) this.run.cancel();
		this.#resetDecisions();
		this.failure = () => '';
		const jobs = indices.map((i) => this.entries[i]!);
		this.progress = jobs.map(() => 0);
		this.running = jobs.map((e) => e.file.name);
		this.status = () => t('import.reading', { n: jobs.length });
		const started = performance.now();
		const current = runImport(
			{
				type: 'parse',
				specs: $state.snapshot(this.specs),
				profiles: $state.snapshot(this.profiles) as MappingProfile[],
				jobs: jobs.map((e) => ({ file: e.file, options: $state.snapshot(e.options) as FileOptions }))
			},
			(i, fraction) => {
				this.progress[i] = fraction;
			}
		);
		this.run = current;
		try {
			const results = await current.done;
			if (this.run !== current) return;
			this.run = null;
			if (results === null) {
				this.status = () => t('import.cancelled');
				this.entries = this.entries.filter((e) => !jobs.includes(e) || e.result !== null);
				return;
			}
			results.forEach((result, k) => {
				const entry = jobs[k];
				if (entry) this.#valuesOf.set(entry.id, takeResult(entry, result));
			});
			this.#valuesVersion++;
			performance.measure(READ_MEASURE, {
				start: started,
				detail: results.map((r) => ({ file: r.file, seconds: r.seconds, phases: r.phases }))
			});
			const values = jobs.reduce((n, e) => n + e.valueCount, 0);
			const seconds = (performance.now() - started) / 1000;
			this.status = () =>
				t('import.read_done', {
					n: jobs.length,
					values: formatInteger(values),
					seconds: formatNumber(seconds, { decimals: 1 })
				});
		} catch (error) {
			if (this.run === current) this.run = null;
			this.failure = () => errorText(error);
			this.entries = this.entries.filter((e) => !jobs.includes(e) || e.result !== null);
			this.status = () => '';
		}
	}

	cancel(): void {
		this.run?.cancel();
	}

	removeEntry(i: number): void {
		const entry = this.entries[i];
		if (entry) this.#valuesOf.delete(entry.id);
		this.entries = this.entries.filter((_, k) => k !== i);
		this.#valuesVersion++;
		this.#resetDecisions();
	}

	/** Corrects a detected setting of entry `i` (`undefined` = back to detected) and reads it again. */
	correct(i: number, patch: Partial<FileOptions>): void {
		const entry = this.entries[i];
		if (!entry) return;
		entry.options = { ...entry.options, ...patch };
		for (const key of Object.keys(patch) as (keyof FileOptions)[])
			if (patch[key] === undefined) delete entry.options[key];
		void this.parse([i]);
	}

	// ---- Mapping and profiles ----------------------------------------------------------------------

	setTarget(entry: Entry, header: string, target: string): void {
		entry.targets[header] = target;
		entry.edited[header] = true;
	}

	setMappingOpen(entry: Entry, open: boolean): void {
		entry.mappingOpen = open;
	}

	setProfileName(entry: Entry, name: string): void {
		entry.profileName = name;
	}

	applyMapping(i: number): void {
		const entry = this.entries[i];
		if (!entry) return;
		const profile = entryProfile(entry);
		if (profile) this.correct(i, { profile });
	}

	/** Stores a change of the ring (`app.change`; the demo: as a new ring); a conflict is said elsewhere. */
	async store(
		change: RingChange,
		message: () => string,
		options: { reapply: boolean; base?: number | null }
	): Promise<boolean> {
		const demo = isDemo(app.session?.ringId ?? null);
		const result = await app.change(change, options);
		const saved = result.status === 'saved';
		const copy = saved && result.newRing && demo;
		this.status = saved
			? () => message() + (copy ? ` ${t('import.saved_as_new_ring')}` : '')
			: result.status === 'memory'
				? () => t('import.not_stored')
				: () => '';
		return saved;
	}

	// ---- Decisions ---------------------------------------------------------------------------------

	setUnknown(id: string, patch: Partial<UnknownDecision>): void {
		this.checked = null;
		this.unknownDecision[id] = { ...(this.unknownDecision[id] ?? NEW_UNKNOWN), ...patch };
	}

	skipAllUnknown(ids: string[]): void {
		this.checked = null;
		const next = { ...this.unknownDecision };
		for (const id of ids) next[id] = { ...(next[id] ?? NEW_UNKNOWN), action: 'skip' };
		this.unknownDecision = next;
	}

	/** The same decision for all conflicts (per-conflict choices are dropped). */
	chooseAll(choice: Choice): void {
		this.all = choice;
		this.choices = {};
		this.#changed();
	}

	choose(key: string, choice: Choice): void {
		this.choices[key] = choice;
		this.#changed();
	}

	#changed(): void {
		if (this.checked) void this.discardCheck();
	}

	// ---- Check, confirm, discard -------------------------------------------------------------------

	/** Merges a candidate ring, loads it into the engine (not stored) and collects its findings. */
	async checkResult(): Promise<void> {
		const s = app.session;
		if (!s || !this.ready) return;
		this.busy = true;
		try {
			const columns = this.allColumns;
			const merge = mergeImport(s.data.ring, columns, {
				choices: $state.snapshot(this.choices),
				all: this.all,
				newAuthorities: newAuthorities(this.unknownDecision),
				skipAuthorities: skippedAuthorities(this.unknownDecision)
			});
			await s.engine.loadRing(engineRing({ ring: merge.ring, extras: s.data.extras }));
			const result = await s.engine.findings();
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never reactive state
			const touched = new Set(
				columns.flatMap((c) => memberPeriods(c).map((v) => `${v.authority_id}|${v.period}`))
			);
			const findings = result.findings.filter((f) => touched.has(`${f.authority_id}|${f.period}`));
			this.checked = {
				merge,
				findings,
				other: result.findings.length - findings.length,
				ringId: s.ringId,
				revision: s.revision
			};
		} finally {
			this.busy = false;
		}
	}

	/** Back to the stored ring in the engine. */
	async discardCheck(): Promise<void> {
		const s = app.session;
		this.checked = null;
		if (s) await s.engine.loadRing(engineRing(s.data));
	}

	/** Another tab saved the ring after the check: the merge is not stored; re-check or discard it. */
	stale = $derived(
		this.checked !== null &&
			this.session !== undefined &&
			this.session.ringId === this.checked.ringId &&
			this.session.revision !== this.checked.revision
	);

	/** Stores the checked ring, only over the ring it was checked against (never reapplied); then empty. */
	async confirm(): Promise<void> {
		const result = this.checked;
		if (!app.session || !result || this.stale) return;
		this.busy = true;
		try {
			const { added, replaced } = result.merge;
			const summary = () =>
				t('import.stored', { added: formatInteger(added), replaced: formatInteger(replaced) });
			const change = importChange(result.merge.ring);
			const stored = await this.store(change, summary, { reapply: false, base: result.revision });
			if (stored) this.#clear();
		} finally {
			this.busy = false;
		}
	}

	/** Merge the files again against the ring as stored now (after another tab's save). */
	async recheck(): Promise<void> {
		await this.discardCheck();
		await this.checkResult();
	}

	/** Drop the files and decisions of this import; the stored ring stays as it is. */
	async discardImport(): Promise<void> {
		await this.discardCheck();
		this.#clear();
		this.status = () => t('sync.import_discarded');
	}

	#clear(): void {
		this.entries = [];
		this.#valuesOf.clear();
		this.#valuesVersion++;
		this.unknownDecision = {};
		this.checked = null;
	}
}
