/** Public surface of the catalogue (browser-safe: no Node imports here). */
export * from './formula.ts';
export * from './schema.ts';
export * from './validate.ts';
