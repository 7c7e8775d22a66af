/**
 * Observable Plot writes `aria-label` on marks' groups and shapes but gives them no role, and ARIA
 * forbids a name on an element without one (axe: aria-prohibited-attr). Every chart passes through
 * here once: a labelled group becomes `role="group"`, a labelled shape `role="img"`, so screen
 * readers announce each bar with its label and value.
 */
export function giveLabelsRoles(root: Element): void {
	for (const el of root.querySelectorAll('[aria-label]:not([role])')) {
		if (el.tagName.toLowerCase() === 'svg') continue;
		el.setAttribute('role', el.tagName.toLowerCase() === 'g' ? 'group' : 'img');
	}
}
