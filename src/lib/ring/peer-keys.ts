/**
 * Peer group keys — the ring's shared words for a comparison group, used in links (`?peers=`), the CLI
 * (`--peers`), stored scenarios and agendas: `ring`, `size` (default), `kind`, `state`, `kind_size`,
 * `nearest` (N = 10) or `nearest:<N>` (1–50), and `custom:<name>` for a group stored with the ring.
 *
 * Why in ring/: the ring package's readers validate them (a scenario naming a group the ring does not
 * have is refused), and the engine builds the groups they name — both sit above this module.
 */
import type { CustomPeerGroup } from './package/types.ts';

export type PeerSpec =
	| { type: 'ring' | 'size' | 'kind' | 'state' | 'kind_size' }
	| { type: 'nearest'; n?: number }
	| { type: 'custom'; name: string; members: readonly string[] };

export const DEFAULT_NEAREST_N = 10;
export const MAX_NEAREST = 50;
export const FIXED_PEER_TYPES = ['size', 'kind_size', 'kind', 'state', 'ring', 'nearest'] as const;

/** Parse a peer key; null when it names nothing valid (unknown type, unknown custom group). */
export function peerSpec(key: string, custom: readonly CustomPeerGroup[]): PeerSpec | null {
	if (key.startsWith('custom:')) {
		const name = key.slice('custom:'.length);
		const group = custom.find((g) => g.name === name);
		return group ? { type: 'custom', name: group.name, members: group.members } : null;
	}
	const nearest = /^nearest(?::(\d{1,3}))?$/.exec(key);
	if (nearest) {
		const n = nearest[1] === undefined ? DEFAULT_NEAREST_N : Number(nearest[1]);
		return n >= 1 && n <= MAX_NEAREST ? { type: 'nearest', n } : null;
	}
	return (FIXED_PEER_TYPES as readonly string[]).includes(key) ? ({ type: key } as PeerSpec) : null;
}

export const customKey = (name: string): string => `custom:${name}`;
