/**
 * The one axe check of the browser tests: WCAG 2.0/2.1 A and AA (BITV 2.0), or every rule axe has
 * (best practices too: nothing outside a landmark, landmarks named apart), optionally limited to a
 * part of the page.
 *
 * axe is asked for violations only (`resultTypes`): it then does not collect the nodes that pass,
 * which on /moderation (~9,500 elements: matrix and findings) was most of its time. Every rule still
 * runs on every element; what a violation reports is unchanged.
 *
 * Legacy mode: `axe.run` inside the page. The default (`runPartial` per frame, then `finishRun` in a
 * new blank page) carries every checked node's result out of the page and back — 10 s per check of the
 * report preview (5,700 elements) against 2.9 s, with the audit itself under 2 s in both. Legacy mode
 * cannot check cross-origin frames; the app has no frames.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeOptions {
	/** A CSS selector: check only this part of the page. */
	include?: string;
	/** Every rule axe has, best practices included, not only WCAG A/AA. */
	allRules?: boolean;
}

/** The violations axe finds, as rule id, help text and the offending nodes' selectors. */
export async function axe(page: Page, options: AxeOptions = {}) {
	// `options()` replaces what `withTags()` set, so it comes first.
	let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
	if (!options.allRules) builder = builder.withTags(TAGS);
	if (options.include) builder = builder.include(options.include);
	const result = await builder.analyze();
	return result.violations.map((v) => ({
		id: v.id,
		help: v.help,
		nodes: v.nodes.map((n) => n.target.join(' '))
	}));
}
