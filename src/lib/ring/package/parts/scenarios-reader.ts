/**
 * Reading `scenarios.json` (`scenarios.ts`) strictly, as format 2 reads everything: every key must be
 * known and every value valid — an unknown key, a base count outside the catalogue, an authority
 * outside `authorities.csv`, a peer group the ring does not have (`custom:<name>` needs the ring's own
 * group of that name, from the `custom_peer_groups` part), a name used twice or a count changed twice in
 * one scenario is refused with a message naming the file and the key
 * (`scenarios.json: Feld „scenarios.0.changes.1.count_id“ …`), never dropped. Any JSON layout is read;
 * the writer gives the canonical one.
 */
import { peerSpec } from '../../peer-keys.ts';
import {
	arrayOf,
	check,
	object,
	oneOf,
	optional,
	string,
	text,
	year,
	type Issue,
	type Reader
} from '../../../ingest/json-check.ts';
import type { Message } from '../../../i18n/messages.ts';
import { m } from '../../../ingest/problems.ts';
import { CHANGE_MODES, type Change, type Scenario } from '../types.ts';
import { unknownKeys } from './json-key.ts';
import type { PartReader } from './part.ts';
import { SCENARIOS_JSON } from './scenarios.ts';

/** A finite number (JSON has no other, but a reader must not trust that). */
const finite: Reader<number> = (value, path, issues) => {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	issues.push({
		path,
		message:
			value === undefined
				? m('json.missing', { expected: m('json.number') })
				: m('json.mismatch', { expected: m('json.number'), found: typeof value })
	});
	return undefined as never;
};

/** A text that must pass `valid`; `what` says what it is not („unbekannte Grundzahl „x““). */
function known(valid: (v: string) => boolean, what: (v: string) => Message): Reader<string> {
	return (value, path, issues) => {
		const v = string(value, path, issues);
		if (typeof v === 'string' && !valid(v)) issues.push({ path, message: what(v) });
		return v;
	};
}

/** Names used twice, counts changed twice in one scenario: issues at the key of the repeat. */
function repeats(scenarios: readonly Scenario[]): Issue[] {
	const issues: Issue[] = [];
	const names = new Set<string>();
	scenarios.forEach((s, i) => {
		if (names.has(s.name))
			issues.push({ path: ['scenarios', i, 'name'], message: m('json.name_twice', { name: s.name }) });
		names.add(s.name);
		const counts = new Set<string>();
		s.changes.forEach((c, j) => {
			if (counts.has(c.count_id))
				issues.push({
					path: ['scenarios', i, 'changes', j, 'count_id'],
					message: m('json.count_changed_twice', { id: c.count_id })
				});
			counts.add(c.count_id);
		});
	});
	return issues;
}

export const readScenarios: PartReader<'scenarios'> = (input) => {
	const file = SCENARIOS_JSON;
	const bytes = input.files.get(file);
	if (!bytes) return [];
	const sink = input.sink(file);
	const refuse = (key: string, message: Message) =>
		sink.error(
			'bad_scenarios',
			1,
			1,
			key,
			key
				? m('ring.part_field', { file, field: key, issue: message })
				: m('ring.part_refused', { file, message })
		);
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		refuse('', m('json.not_json_utf8'));
		return null;
	}
	const members = new Set(input.ring.authorities.map((a) => a.authority_id));
	// A broken custom_peer_groups part has reported its errors; its groups are unknown here.
	const groups = input.earlier.custom_peer_groups ?? [];
	const change = object<Change>({
		count_id: known(
			(id) => input.countIds.has(id),
			(id) => m('json.unknown_count', { id })
		),
		mode: oneOf(...CHANGE_MODES),
		value: finite
	});
	const scenario = object<Scenario>({
		name: text,
		authority_id: known(
			(id) => members.has(id),
			(id) => m('json.not_a_member', { id })
		),
		period: year,
		peers: known(
			(key) => peerSpec(key, groups) !== null,
			(id) => m('json.unknown_group', { id })
		),
		description: optional(string),
		changes: arrayOf(change)
	});
	const parsed = check(object<{ scenarios: Scenario[] }>({ scenarios: arrayOf(scenario) }), data);
	if (!parsed.ok) {
		for (const issue of parsed.issues) refuse(issue.path.join('.'), issue.message);
		return null;
	}
	const unknown = unknownKeys(data, parsed.value);
	for (const path of unknown) {
		const key = path.join('.');
		sink.error('unknown_key', 1, 1, key, m('ring.part_unknown_key', { file, key }));
	}
	const twice = repeats(parsed.value.scenarios);
	for (const issue of twice) refuse(issue.path.join('.'), issue.message);
	return unknown.length === 0 && twice.length === 0 ? parsed.value.scenarios : null;
};
