/**
 * A worker reply of the wrong kind (a worker script from another build, a bug) ends in a message of
 * the catalogue, worded in the page's language — not in a German-only Error.
 */
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/lib/i18n/messages.ts';
import { ringOpenResult } from '../../src/lib/ring/worker-client.ts';

describe('an unexpected worker reply', () => {
	it('is a catalogue message naming the reply', () => {
		let thrown: unknown;
		try {
			ringOpenResult({ type: 'hash', hex: 'ab' });
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(MessageError);
		expect((thrown as MessageError).said).toEqual({
			key: 'rings.worker_unexpected',
			params: { type: 'hash' }
		});
		expect((thrown as MessageError).message).toBe('Unerwartete Antwort des Workers (hash).');
	});
});
