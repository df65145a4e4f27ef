import './env.ts';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { OrgModelSchema, ResultSchema } from '../model.ts';
import { InputError } from '../util/errors.ts';
import { TOOL } from '../util/version.ts';
import type { AnalyzeFlags } from './commands.ts';
import { writeFileAtomically } from '../run/write-output.ts';
import { join } from 'node:path';
import { analysisFlags, list, number } from './flag-parsers.ts';

/** A repeatable option's values. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Exit codes: each means one thing. */
export const EXIT = { ok: 0, gateFailed: 1, badInput: 2 } as const;


// Commands load their modules on demand, so that a run with nothing to do
// (scheduled jobs whose documents did not change) starts in a fraction of a second.
const program = new Command()
  .name('dutylens')
  .description('Finds duties that two units both own, and work nobody owns, in organisations\' duty documents.')
  .version(TOOL.version)
  .showHelpAfterError();

const inputFlags = (cmd: Command) =>
  cmd
    .option('--strict', 'stop at the first unreadable file instead of reading the others')
    .option(
      '--organisation <name=glob>',
      'the inputs a glob (file, folder or pattern) names form the organisation NAME; repeatable. Other inputs form one organisation',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--unit-columns <names>', 'table inputs: the unit-path columns, top first (comma-separated)', list)
    .option('--duty-column <name>', 'table inputs: the duty column')
    .addOption(new Option('--language <lang>', 'language of the documents').choices(['auto', 'zh', 'en']).default('auto'))
    .option('-q, --quiet', 'print nothing but errors');

inputFlags(
  program
    .command('extract')
    .description('read documents into an org model (YAML or JSON) that a consultant can correct')
    .argument('<inputs...>', 'files or folders (.txt .md .docx .xlsx .csv .tsv .yaml .json)')
    .option('-o, --output <file>', 'write the model here (.yaml or .json); default: YAML on stdout')
    .option('--explain', 'say for each file why a line became a unit, and which lines were left out and why'),
).action(async (inputs: string[], flags) => {
  const { runExtract } = await import('./commands.ts');
  process.exitCode = await runExtract(inputs, flags);
});

inputFlags(
  analysisFlags(
    program
      .command('analyze')
      .description('extract, find overlaps (and gaps with --catalogue), and write result.json and the report')
      .argument('[inputs...]', 'files, folders or an edited org model')
      .option('-o, --output <dir>', 'output folder', 'reports/latest')
      .option('--before <path>', 'a reorganisation: the organisation before (org model, files or folders; repeatable), with --after', collect)
      .option('--after <notice>', 'a reorganisation: the notice(s) whose change events are applied to --before (repeatable)', collect)
      .option('--catalogue <file>', 'reference catalogue of expected functions (YAML)'),
  )
    .addOption(new Option('--lang <lang>', 'report language (default: from the documents)').choices(['zh', 'en']))
    .addOption(new Option('--order <order>', 'heatmap order').choices(['cluster', 'document']).default('cluster'))
    .option('--timestamp', 'record the time in result.json (off by default: output stays byte-identical)')
    .option('--json', 'print a machine-readable summary on stdout'),
).action(async (inputs: string[], flags: AnalyzeFlags & { before?: string[]; after?: string[] }) => {
  const { runAnalyze, reportersFrom } = await import('./commands.ts');
  if (flags.before || flags.after) {
    if (!flags.before || !flags.after || inputs.length > 0) throw new InputError('analyze', '--before and --after go together, without other inputs');
    const { runAnalyzeReorganisation } = await import('./reorg-commands.ts');
    process.exitCode = await runAnalyzeReorganisation({ ...flags, before: flags.before, after: flags.after }, reportersFrom(flags.reporters));
    return;
  }
  if (inputs.length === 0) throw new InputError('analyze', 'give the documents to analyse (or --before and --after)');
  process.exitCode = await runAnalyze(inputs, flags);
});

inputFlags(
  program
    .command('apply')
    .description('apply a reorganisation notice\'s change events to an organisation, and write the organisation after the change')
    .argument('<notices...>', 'the notice files (职责调整, 机构改革, 组织架构优化 …)')
    .requiredOption('--to <path>', 'the organisation before: an org model, or duty documents or folders (repeatable)', collect)
    .option('-o, --output <file>', 'write the org model after the change here (.yaml or .json); default: YAML on stdout'),
).action(async (notices: string[], flags) => {
  const { runApply } = await import('./reorg-commands.ts');
  process.exitCode = await runApply(notices, flags);
});

inputFlags(
  program
    .command('suggest-catalogue')
    .description('cluster all duties of the inputs into a draft catalogue of functions, to edit')
    .argument('<inputs...>', 'files, folders or an org model')
    .option('-o, --output <file>', 'where to write the draft catalogue (YAML)', 'analysis/catalogues/draft.yaml')
    .option('--threshold <x>', 'duties at least this similar join one function', number('--threshold'), 0.5)
    .option('--min-size <n>', 'smallest cluster that becomes a function', number('--min-size'), 3),
).action(async (inputs: string[], flags) => {
  const { runSuggestCatalogue } = await import('./commands.ts');
  process.exitCode = await runSuggestCatalogue(inputs, flags);
});

program
  .command('render')
  .description('re-render a saved result.json without re-analysing')
  .argument('<result>', 'a result.json written by dutylens analyze')
  .option('-o, --output <dir>', 'output folder', 'reports/rendered')
  .option('--reporters <list>', 'outputs to write: html,json,csv,xlsx,md', list)
  .addOption(new Option('--lang <lang>', 'report language').choices(['zh', 'en']))
  .addOption(new Option('--order <order>', 'heatmap order').choices(['cluster', 'document']).default('cluster'))
  .option('-q, --quiet', 'print nothing but errors')
  .action(async (file: string, flags) => {
    const { runRender } = await import('./commands.ts');
    process.exitCode = await runRender(file, flags);
  });

program
  .command('schema')
  .description('write the JSON Schemas of the org model and of result.json')
  .option('-o, --output <dir>', 'folder', 'docs')
  .action(async (flags: { output: string }) => {
    // Loaded here, not up front: zod and the model's schemas would double the start-up time of every command.
    const { z } = await import('zod');
    const { OrgModelSchema, ResultSchema } = await import('../model.ts');
    for (const [name, schema] of [
      ['org-model.schema.json', OrgModelSchema],
      ['result.schema.json', ResultSchema],
    ] as const) {
      const file = join(flags.output, name);
      await writeFileAtomically(file, `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`);
      console.log(file);
    }
    const { catalogueJsonSchema } = await import('../findings/catalogue-json-schema.ts');
    const catalogueFile = join(flags.output, 'catalogue.schema.json');
    await writeFileAtomically(catalogueFile, catalogueJsonSchema());
    console.log(catalogueFile);
  });

// Scheduled runs: run, diff, watch (their actions load their modules on demand, too).
const { registerRunCommands } = await import('./run-commands.ts');
registerRunCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`dutylens: ${error.toLine()}`);
    process.exitCode = EXIT.badInput;
  } else throw error;
}
