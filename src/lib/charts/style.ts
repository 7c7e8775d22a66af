/**
 * The charts' shared look: one palette (colour-blind-safe: blue, grey and orange, never red/green)
 * and one way to mark the own authority. The own authority must be recognisable by more than
 * colour (BITV/WCAG 1.4.1), so every chart draws it as the same outlined diamond; change it here and
 * every chart follows.
 */
export const OWN_COLOUR = '#0b3d91';
export const PEER_COLOUR = '#9db4d6';
export const BAND_COLOUR = '#e69f00';
export const MEDIAN_COLOUR = '#3b4350';

/** Plot options of the own authority's dot (scatter, trend, size classes); charts add x, y, size. */
export const OWN_DOT = {
	symbol: 'diamond',
	r: 8,
	fill: OWN_COLOUR,
	stroke: '#000',
	strokeWidth: 1.5,
	className: 'own-dot'
} as const;
