/**
 * Minimal option parsing for the CLI: `--name value` and `--name=value`, and switches without a value
 * (`--released-only`, given in `flags`: then `"true"`). Unknown options and missing values are
 * reported as German messages (exit 2), never as exceptions.
 */
export type Options = Record<string, string>;

export function parseOptions(
	argv: readonly string[],
	allowed: readonly string[],
	flags: readonly string[] = []
): Options | string {
	const options: Options = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!arg.startsWith('--')) return `Unerwartetes Argument „${arg}“.`;
		const eq = arg.indexOf('=');
		const name = arg.slice(2, eq < 0 ? undefined : eq);
		if (flags.includes(name)) {
			if (eq >= 0) return `Option „--${name}“ hat keinen Wert.`;
			options[name] = 'true';
			continue;
		}
		if (!allowed.includes(name)) return `Unbekannte Option „--${name}“.`;
		const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
		if (value === undefined || value === '') return `Option „--${name}“ braucht einen Wert.`;
		options[name] = value;
	}
	return options;
}

/**
 * Every value of an option that may be given more than once (`--scenario A --scenario B`), in order;
 * `parseOptions` keeps only the last. Call it on argv that `parseOptions` accepted.
 */
export function optionValues(argv: readonly string[], name: string, flags: readonly string[] = []): string[] {
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === `--${name}`) out.push(argv[++i]!);
		else if (arg.startsWith(`--${name}=`)) out.push(arg.slice(name.length + 3));
		else if (!arg.includes('=') && !flags.includes(arg.slice(2))) i++; // another option and its value
	}
	return out;
}

/** A period is a calendar year, YYYY. */
export function parsePeriodOption(text: string | undefined): number | undefined | string {
	if (text === undefined) return undefined;
	return /^\d{4}$/.test(text) ? Number(text) : `--period erwartet ein Jahr (JJJJ), nicht „${text}“.`;
}
