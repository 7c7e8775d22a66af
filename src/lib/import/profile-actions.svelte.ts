/**
 * The import page's actions on the ring's mapping profiles: save the mapping of a file as a profile,
 * import a profile file, delete one. Each is a change of the profiles of the ring as stored when
 * saving (another tab's too); a file the profile applies to is read again with it at once.
 */
import { word } from '../i18n/messages.ts';
import { t } from '../i18n/translate.ts';
import type { MappingProfile } from '../ingest/profile.ts';
import { parseProfileInWorker } from '../ring/worker-client.ts';
import type { ImportController } from './controller.svelte.ts';
import { entryProfile } from './entry.ts';
import { profilesChange, withoutProfile, withProfile, type ProfileEdit } from './ring-changes.ts';

export class ProfileActions {
	readonly #imp: ImportController;

	constructor(imp: ImportController) {
		this.#imp = imp;
	}

	async #store(edit: ProfileEdit, message: () => string): Promise<void> {
		this.#imp.busy = true;
		try {
			await this.#imp.store(profilesChange(edit), message, { reapply: true });
		} finally {
			this.#imp.busy = false;
		}
	}

	/** Saves the mapping of entry `i` under its profile name and reads the file again with it. */
	async save(i: number): Promise<void> {
		const imp = this.#imp;
		const entry = imp.entries[i];
		if (!entry || entry.profileName.trim() === '') {
			imp.status = () => t('import.profile_name_missing');
			return;
		}
		const profile = entryProfile(entry);
		if (!profile) return;
		const plain = $state.snapshot(profile) as MappingProfile;
		const name = profile.name;
		await this.#store(withProfile(plain), () => t('import.profile_saved', { name }));
		// The mapping it saves applies to the file at once: read again with it (the status keeps
		// saying what was saved, unless the read fails).
		const saved = imp.status;
		const at = imp.entries.indexOf(entry);
		if (at < 0) return;
		entry.options = { ...entry.options, profile };
		await imp.parse([at]);
		if (!imp.failure()) imp.status = saved;
	}

	/** Reads a profile file (checked in the worker); files read without a profile are read again. */
	async import(file: File): Promise<void> {
		const imp = this.#imp;
		const parsed = await parseProfileInWorker(await file.text(), imp.specs);
		if (!parsed.ok) {
			const messages = parsed.messages;
			imp.failure = () => `${file.name}: ${messages.map((m) => word(m, t)).join(' ')}`;
			return;
		}
		imp.failure = () => '';
		const { profile } = parsed;
		const name = profile.name;
		await this.#store(withProfile(profile), () => t('import.profile_imported', { name }));
		const unmapped = imp.entries.map((e, k) => (e.options.profile ? -1 : k)).filter((k) => k >= 0);
		await imp.parse(unmapped);
	}

	async delete(name: string): Promise<void> {
		await this.#store(withoutProfile(name), () => t('import.profile_deleted', { name }));
	}
}
