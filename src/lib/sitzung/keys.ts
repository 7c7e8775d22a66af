/**
 * The presentation's keys (issue 30), as presenter clickers send them: → / PageDown / Space next,
 * ← / PageUp previous, Home / End, digits + Enter jump, B blank, F full screen, G overview, Esc leave.
 * A pure function of the key and the digits typed so far, so it is tested without a browser.
 */
export type KeyAction =
	| { type: 'go'; to: number }
	| { type: 'digits'; digits: string }
	| { type: 'blank' }
	| { type: 'fullscreen' }
	| { type: 'overview' }
	| { type: 'escape' }
	| null;

/** `current` 0-based, `count` slides; `digits` typed so far. */
export function keyAction(key: string, current: number, count: number, digits: string): KeyAction {
	const last = Math.max(0, count - 1);
	const clamp = (i: number) => Math.max(0, Math.min(last, i));
	if (/^[0-9]$/.test(key)) return { type: 'digits', digits: (digits + key).slice(-4) };
	switch (key) {
		case 'ArrowRight':
		case 'PageDown':
		case ' ':
			return { type: 'go', to: clamp(current + 1) };
		case 'ArrowLeft':
		case 'PageUp':
			return { type: 'go', to: clamp(current - 1) };
		case 'Home':
			return { type: 'go', to: 0 };
		case 'End':
			return { type: 'go', to: last };
		case 'Enter':
			return digits ? { type: 'go', to: clamp(Number(digits) - 1) } : null;
		case 'b':
		case 'B':
			return { type: 'blank' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
		case 'g':
		case 'G':
			return { type: 'overview' };
		case 'Escape':
			return { type: 'escape' };
		case 'Backspace':
			return { type: 'digits', digits: digits.slice(0, -1) };
		default:
			return null;
	}
}
