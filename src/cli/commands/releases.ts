/**
 * `releases --ring <dir|zip>`: the ring's Datenstände, oldest first, as
 * `id,name,created,hash,member_periods` (formats.md). `hash` is the full SHA-256 of the Datenstand's
 * values file (the short form shown in the app is its first 8 digits); `member_periods` the number of
 * authority × survey-year pairs with at least one value in it. A ring without Datenstände writes the
 * header only.
 */
import { memberPeriods } from '../../lib/ring/datenstand.ts';
import { compareReleases } from '../../lib/ring/package/types.ts';
import { parseOptions } from '../args.ts';
import { rowsCsv } from '../csv-out.ts';
import { cliCatalogue, cliFailure, isFailure, loadRingData, type CliFailure } from '../ring-data.ts';
import { RELEASES_USAGE } from '../usage.ts';

export const RELEASES_OUT = ['id', 'name', 'created', 'hash', 'member_periods'];

export async function releases(argv: string[]): Promise<{ code: 0; stdout: string } | CliFailure> {
	const options = parseOptions(argv, ['ring']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${RELEASES_USAGE}`);
	if (!options.ring) return cliFailure(2, `releases braucht --ring.\n${RELEASES_USAGE}`);
	const cat = cliCatalogue();
	if (isFailure(cat)) return cat;
	const data = await loadRingData(options.ring, cat);
	if (isFailure(data)) return data;
	const rows = [...data.extras.releases].sort(compareReleases).map((r) => ({
		id: r.id,
		name: r.name,
		created: r.created,
		hash: r.hash,
		member_periods: memberPeriods(r)
	}));
	return { code: 0, stdout: rowsCsv(rows, RELEASES_OUT) };
}
