// The build's log filter (vite.build.rolldownOptions.onLog in astro.config.mjs).
//
// Astro marks every content entry's asset module with the directive "use astro:head-inject"
// and reads the mark itself before bundling; Rolldown then warns, once per MDX file, that the
// directive may not be preserved (withastro/astro#18087, open for Astro 7.3). That is about a
// thousand lines per build that say nothing about this project, so exactly that warning is
// dropped; every other message, other directives' warnings included, goes through.

type Log = { code?: string; message: string };
type Handler = (level: 'debug' | 'info' | 'warn', log: Log) => void;

export function isHeadInjectWarning(log: Log): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

export function onBuildLog(level: 'debug' | 'info' | 'warn', log: Log, handler: Handler): void {
  if (level === 'warn' && isHeadInjectWarning(log)) return;
  handler(level, log);
}
