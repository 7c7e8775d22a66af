/**
 * Packages the moderator hands out (issue 29), on the same modules as the page:
 * - `export --ring <dir|zip> --out <file.zip> [--released-only]`: the ring as a canonical ring package;
 *   with `--released-only` only the released member-periods (ring.json `scope.released_only`).
 * - `member-packages --ring <dir|zip> --out <dir> [--member <id>] [--released-only] [--round]`: for
 *   each member (or the one named) of a pseudonymous ring its member package `<ring>-<id>.zip`
 *   (moderation/member-package.ts); `--round` rounds population and foreign population to 1,000.
 *
 * Pseudonym keys must be stored in the ring (pseudonyms.csv, `pseudonym_id`), or each run would give
 * other members other keys: a ring without them is refused, and `export` writes a package with them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../../lib/i18n/translate.ts';
import { memberPackage } from '../../lib/moderation/member-package.ts';
import { releasedOnly } from '../../lib/moderation/released-only.ts';
import { cmp } from '../../lib/ring/package/csv.ts';
import { exportRingZip, ringSlug } from '../../lib/ring/package/zip.ts';
import { parseOptions } from '../args.ts';
import { cliCatalogue, cliFailure, isFailure, loadRingData, type CliFailure } from '../ring-data.ts';
import type { Outcome } from './shared.ts';
import { EXPORT_USAGE, MEMBER_PACKAGES_USAGE } from '../usage.ts';

async function write(file: string, bytes: Uint8Array): Promise<CliFailure | null> {
	try {
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, bytes);
		return null;
	} catch (error) {
		return cliFailure(2, `${file}: kann nicht geschrieben werden (${(error as Error).message}).`);
	}
}

export async function exportPackage(argv: string[]): Promise<Outcome> {
	const options = parseOptions(argv, ['ring', 'out'], ['released-only']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${EXPORT_USAGE}`);
	if (!options.ring || !options.out)
		return cliFailure(2, `export braucht --ring und --out.\n${EXPORT_USAGE}`);
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) return catalogue;
	const data = await loadRingData(options.ring, catalogue);
	if (isFailure(data)) return data;
	let out = data;
	let note = '';
	if (options['released-only']) {
		const only = releasedOnly(data);
		if (only.kept === 0)
			return cliFailure(
				2,
				`Der Ring ${options.ring} hat keine freigegebenen Mitglied-Jahre (member_releases.csv); ein Paket nur mit freigegebenen Daten wäre leer.`
			);
		out = only.data;
		note = `Hinweis: nur freigegebene Daten – ${only.kept} von ${only.total} Mitglied-Jahren${
			only.droppedReleases.length
				? `; Datenstände mit Entwurfswerten nicht aufgenommen: ${only.droppedReleases.join(', ')}`
				: ''
		}.\n`;
	}
	const failed = await write(options.out, exportRingZip(out));
	return failed ?? { code: 0, stderr: note || undefined };
}

export async function memberPackages(argv: string[]): Promise<Outcome> {
	const options = parseOptions(argv, ['ring', 'out', 'member'], ['released-only', 'round']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${MEMBER_PACKAGES_USAGE}`);
	if (!options.ring || !options.out)
		return cliFailure(2, `member-packages braucht --ring und --out.\n${MEMBER_PACKAGES_USAGE}`);
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) return catalogue;
	let drawn = false;
	const data = await loadRingData(options.ring, catalogue, (p) => {
		if (p.code === 'pseudonym_ids_drawn') drawn = true;
	});
	if (isFailure(data)) return data;
	if (data.ring.meta.disclosure === 'named')
		return cliFailure(
			2,
			`Der Ring ${options.ring} ist benannt (ring.json: "disclosure": "named"); Mitgliederpakete gibt es nur für pseudonyme Ringe.`
		);
	if (drawn)
		return cliFailure(
			2,
			`pseudonyms.csv des Rings ${options.ring} führt keine Pseudonym-Schlüssel (Spalte pseudonym_id); ohne gespeicherte Schlüssel bekäme jedes Paket andere. Zuerst „npm run --silent cli -- export --ring ${options.ring} --out <ring.zip>“ (zieht und speichert sie), dann die Mitgliederpakete aus <ring.zip>.`
		);
	const ids = data.ring.authorities.map((a) => a.authority_id).sort(cmp);
	if (options.member !== undefined && !ids.includes(options.member))
		return cliFailure(2, `Behörde „${options.member}“ ist nicht Mitglied des Rings ${options.ring}.`);
	const slug = ringSlug(data.ring.meta.name);
	const lines: string[] = [];
	for (const id of options.member !== undefined ? [options.member] : ids) {
		const made = await memberPackage(data, id, catalogue.size_classes, {
			releasedOnly: Boolean(options['released-only']),
			round: Boolean(options.round),
			prefix: t('pseudonym.prefix'),
			neutralName: (n) => t('mpkg.neutral_group', { n }),
			neutralRing: t('mpkg.neutral_ring')
		});
		if (!made.ok) return cliFailure(2, `Mitgliederpaket für „${id}“ nicht möglich (${made.reason}).`);
		const file = path.join(options.out, `${slug}-${ringSlug(id)}.zip`);
		const failed = await write(file, exportRingZip(made.data));
		if (failed) return failed;
		lines.push(file);
	}
	return { code: 0, stdout: lines.join('\n') + '\n' };
}
