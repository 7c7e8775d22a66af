/**
 * The interface language as reactive state. Every `t()` and every formatted number reads it, so a
 * switch re-renders what depends on it in place — an import in progress, the open details, the
 * chosen files stay as they are.
 */
import { DEFAULT_LOCALE, type Locale } from './messages.ts';

export const active = $state<{ locale: Locale }>({ locale: DEFAULT_LOCALE });
