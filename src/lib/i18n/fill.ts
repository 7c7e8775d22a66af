import type { Message, MessageKey, MessageParams } from './messages.ts';

/**
 * Fill `{name}` placeholders of a message template. Shared by `t` and by the few modules that word a
 * message from one area directly — the import worker, which must not ship the whole catalogue (issue
 * #7, app JS budget), e.g. `zip/messages.ts`.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}

/**
 * A message of the catalogue with its parameters, worded where it is shown. Here, not in messages.ts,
 * for the same reason as `fill`: the import worker says its problems this way without the catalogue.
 */
export function m(key: MessageKey, params?: MessageParams): Message {
	return params ? { key, params } : { key };
}
