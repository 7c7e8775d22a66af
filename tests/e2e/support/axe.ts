/**
 * The one axe check of the browser tests: WCAG 2.0/2.1 A and AA (BITV 2.0), optionally limited to a
 * part of the page and with the best-practice `region` rule (nothing outside a landmark).
 *
 * axe is asked for violations only (`resultTypes`): it then does not collect the nodes that pass,
 * which on /moderation (~9,500 elements: matrix and findings) was most of its time. Every rule still
 * runs on every element; what a violation reports is unchanged.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeOptions {
	/** A CSS selector: check only this part of the page. */
	include?: string;
	/** Also require every element to be inside a landmark (axe's best-practice `region` rule). */
	region?: boolean;
	/** Every rule axe has, best practices included, not only WCAG A/AA. */
	allRules?: boolean;
}

/** The violations axe finds, as rule id, help text and the offending nodes' selectors. */
export async function axe(page: Page, options: AxeOptions = {}) {
	let builder = new AxeBuilder({ page });
	if (!options.allRules) builder = builder.withTags(TAGS);
	if (options.include) builder = builder.include(options.include);
	builder = builder.options({
		resultTypes: ['violations'],
		...(options.region ? { rules: { region: { enabled: true } } } : {})
	});
	const result = await builder.analyze();
	return result.violations.map((v) => ({
		id: v.id,
		help: v.help,
		nodes: v.nodes.map((n) => n.target.join(' '))
	}));
}
