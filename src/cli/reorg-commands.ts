import { extname } from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { ChangeEvent, OrgModel } from '../model.ts';
import { defaultLang, render, type ReporterName } from '../report/index.ts';
import { loadModel } from '../run/load.ts';
import { analyzeReorganisation, applyNotice } from '../run/reorganise.ts';
import { writeFolderAtomically } from '../run/write-output.ts';
import { EXIT } from './cli-errors.ts';
import { printError, printNote, printResult } from './print.ts';
import { InputError } from '../util/errors.ts';
import { guardOutputFile, guardReportFolder } from './output-guard.ts';
import { MODEL_OUTPUT, orgModelText, writeFileOutput } from './file-output.ts';
import { analyzeSettings, type AnalyzeFlags, type InputFlags } from './commands.ts';
import { settleOptions } from '../run/settle.ts';
import { loadLexicon } from '../run/resources.ts';


/** The events of the notice files, or a one-line message when they hold none. */
async function noticeEvents(notices: readonly string[], flags: InputFlags): Promise<ChangeEvent[] | string> {
  const loaded = await loadModel(notices, { strict: flags.strict, language: flags.language });
  for (const e of loaded.errors) printError(e.toLine());
  const events = loaded.model.events ?? [];
  if (loaded.errors.length > 0) return `${notices.join(', ')}: could not be read`;
  return events.length > 0 ? events : `${notices.join(', ')}: no change events found (no 撤销, 成立, 更名为, 划入, 整合…组建 … sentence); nothing to apply`;
}

/** The base organisation, or a one-line message when it has no units. */
async function baseModel(inputs: readonly string[], flags: InputFlags): Promise<OrgModel | string> {
  const loaded = await loadModel(inputs, { strict: flags.strict, language: flags.language, overrides: { unit: flags.unitColumns, duty: flags.dutyColumn } });
  for (const e of loaded.errors) printError(e.toLine());
  if (loaded.errors.length > 0) return `${inputs.join(', ')}: could not be read`;
  return loaded.model.units.length > 0 ? loaded.model : `${inputs.join(', ')}: the organisation to apply the notice to is empty (no units); give its org model or duty documents with --to`;
}

/** `dutylens apply <notice…> --to <base…> -o after.yaml`: the organisation after the notice's events. */
export async function runApply(notices: string[], flags: InputFlags & { to: string[]; output?: string; force?: boolean }): Promise<number> {
  if (flags.output) guardOutputFile(flags.output, [...notices, ...flags.to]);
  if (flags.output && !['.yaml', '.yml', '.json'].includes(extname(flags.output).toLowerCase())) throw new InputError(flags.output, 'the org model is written as .yaml or .json');
  const events = await noticeEvents(notices, flags);
  if (typeof events === 'string') return fail(events);
  const base = await baseModel(flags.to, flags);
  if (typeof base === 'string') return fail(base);
  const { model, warnings } = applyNotice(base, events, loadLexicon());
  for (const w of warnings) if (!flags.quiet) printNote(`warning: ${w}`);
  if (flags.output) {
    // An existing model may hold someone's corrections: it is replaced only with --force, keeping its comments.
    const { target, beside } = await writeFileOutput(flags.output, flags.force === true, MODEL_OUTPUT, (previous, at) => orgModelText(model, previous, at));
    if (!flags.quiet && beside !== null) printNote(beside);
    if (!flags.quiet) printNote(`${events.length} events applied (${warnings.length} warnings): ${base.units.length} → ${model.units.length} units, ${model.duties.length} duties → ${target}`);
  } else process.stdout.write(toYaml(model, { lineWidth: 0 }));
  return EXIT.ok;
}

/** `dutylens analyze --before <base…> --after <notice…>`: both organisations analysed, the report of the after one with its reorganisation section. */
export async function runAnalyzeReorganisation(flags: AnalyzeFlags & { before: string[]; after: string[] }, reporters: ReporterName[]): Promise<number> {
  await guardReportFolder(flags.output, [...flags.before, ...flags.after], flags);
  const events = await noticeEvents(flags.after, flags);
  if (typeof events === 'string') return fail(events);
  const base = await baseModel(flags.before, flags);
  if (typeof base === 'string') return fail(base);
  if (base.duties.length === 0) return fail(`${flags.before.join(', ')}: the organisation has no duties to analyse`);
  const options = settleOptions(analyzeSettings(flags), base.documents);
  const { result, warnings } = await analyzeReorganisation(base, events, options, loadLexicon());
  for (const w of warnings) if (!flags.quiet) printNote(`warning: ${w}`);
  const files = await render(result, reporters, { lang: flags.lang ?? defaultLang(result), heatmapOrder: flags.order });
  await writeFolderAtomically(flags.output, files);
  const r = result.reorganisation!;
  const caused = r.pairs.filter((p) => p.events.length > 0);
  if (!flags.quiet) {
    printResult(
      `${events.length} events: ${r.units.filter((u) => u.change !== 'kept').length} units changed; conflicts ${caused.filter((p) => p.status === 'appeared').length} new, ` +
        `${caused.filter((p) => p.status === 'disappeared').length} gone, ${caused.filter((p) => p.status === 'stayed').length} carried along; ${r.coverage.length} catalogue functions change owner`,
    );
    printResult(`report: ${flags.output}/${reporters.includes('html') ? 'index.html' : ''}`);
  }
  return EXIT.ok;
}

function fail(line: string): number {
  printError(line);
  return EXIT.badInput;
}
