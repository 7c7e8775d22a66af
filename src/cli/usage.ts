/**
 * How each command is called, in one module without imports: `--help` and a wrong argument print it
 * without loading the command's code (the engine, the report renderer), so the CLI answers at once.
 */
export const RELEASES_USAGE = '  npm run --silent cli -- releases --ring <ordner|zip>';
export const INTERVALS_USAGE =
	'  npm run --silent cli -- intervals --ring <ordner|zip> --authority <id> --period JJJJ';
export const FUNNEL_USAGE =
	'  npm run --silent cli -- funnel --ring <ordner|zip> --period JJJJ --kpi <id> [--peers size|ring|kind|state|kind_size|nearest --authority <id>]';
export const COMPLETENESS_USAGE =
	'  npm run --silent cli -- completeness --ring <ordner|zip> [--period JJJJ]';
export const FINDINGS_USAGE = '  npm run --silent cli -- findings --ring <ordner|zip>';
export const REPORT_USAGE =
	'  npm run --silent cli -- report --ring <ordner|zip> --authority <id> --period JJJJ [--peers size|ring|kind|state|kind_size|nearest[:N]|custom:<Name>] [--datenstand <id>] [--scenario <name>]… --format pdf|docx --out <datei>';
export const SCENARIO_USAGE =
	'  npm run --silent cli -- scenario --ring <ordner|zip> --authority <id> --period JJJJ [--peers size|ring|kind|state|kind_size|nearest] [--target median|best]';
export const EXPORT_USAGE =
	'  npm run --silent cli -- export --ring <ordner|zip> --out <datei.zip> [--released-only]';
export const MEMBER_PACKAGES_USAGE =
	'  npm run --silent cli -- member-packages --ring <ordner|zip> --out <ordner> [--member <id>] [--released-only] [--round]';

/** The whole usage, as `--help` prints it. */
export const USAGE = `Aufruf:
  npm run --silent cli -- kpis  --ring <ordner|zip> [--period JJJJ] [--datenstand <id>]
  npm run --silent cli -- stats --ring <ordner|zip> --authority <id> --period JJJJ [--peers size|ring|kind|state|kind_size|nearest] [--datenstand <id>]
  npm run --silent cli -- check <datei.csv> [--mapping <profil.json>]
${RELEASES_USAGE}
${INTERVALS_USAGE}
${FUNNEL_USAGE}
${COMPLETENESS_USAGE}
${FINDINGS_USAGE}
${REPORT_USAGE}
${SCENARIO_USAGE}
${EXPORT_USAGE}
${MEMBER_PACKAGES_USAGE}`;
