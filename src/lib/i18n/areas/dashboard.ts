/** Messages of the dashboard views (German first; English with the same keys). */
export const de = {} as const;

export const en: Record<keyof typeof de, string> = {};
