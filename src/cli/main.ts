import './env.ts';
import { Command, Option } from 'commander';
import { UsageError } from '../util/errors.ts';
import { TOOL } from '../util/version.ts';
import type { AnalyzeFlags } from './commands.ts';
import { writeFileAtomically } from '../run/write-output.ts';
import { join } from 'node:path';
import { analysisFlags, list, number } from './flag-parsers.ts';
import { bundledCatalogueNames } from '../run/catalogue-names.ts';
import { DEFAULT_OPTIONS, ENGLISH_THRESHOLDS } from '../run/defaults.ts';

/** A repeatable option's values. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Exit codes: each means one thing. */
import { EXIT } from './cli-errors.ts';
export { EXIT };


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
    .addOption(
      new Option(
        '--organisation-per <folder|file>',
        'the inputs no --organisation names: each top-level folder under an input folder (a group\'s companies, one folder each) or each file is an organisation of its own',
      ).choices(['folder', 'file']),
    )
    .option('--unit-columns <names>', 'table inputs: the unit-path columns, top first (comma-separated)', list)
    .option('--duty-column <name>', 'table inputs: the duty column')
    .option('--max-file-mb <n>', 'read files up to N MB (default 64); the limits on inflated size, rows, cells, spans and line length grow with it', number('--max-file-mb'))
    .addOption(new Option('--language <lang>', 'language of the documents').choices(['auto', 'zh', 'en']).default('auto'))
    .option('-q, --quiet', 'print nothing but errors');

inputFlags(
  program
    .command('extract')
    .description('read documents into an org model (YAML or JSON) that a consultant can correct')
    .argument('<inputs...>', 'files or folders (.txt .md .docx .xlsx .csv .tsv .yaml .json)')
    .option('-o, --output <file>', 'write the model here (.yaml or .json); default: YAML on stdout')
    .option('--explain', 'say for each file why a line became a unit, and which lines were left out and why')
    .option('--force', 'replace an existing -o file (keeping its YAML comments) instead of writing NAME.new.yaml beside it'),
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
      .option('--catalogue <file|name>', `reference catalogue of expected functions: a YAML file, or a bundled one by name (${bundledCatalogueNames().join(', ')})`),
  )
    .option('--open', 'open the report in the default browser when it is written')
    .addOption(new Option('--lang <lang>', 'report language (default: from the documents)').choices(['zh', 'en']))
    .addOption(new Option('--order <order>', 'heatmap order').choices(['cluster', 'document']).default('cluster'))
    .option('--timestamp', 'record the time in result.json (off by default: output stays byte-identical)')
    .option('--pdf', 'also print the report to report.pdf (needs Chromium; exit 2 when there is none)')
    .option('--appendix', 'print (and --pdf) the long appendices too: every unit\'s duties, all pairs, the coverage matrix')
    .option('--json', 'print a machine-readable summary on stdout'),
).action(async (inputs: string[], flags: AnalyzeFlags & { before?: string[]; after?: string[] }) => {
  const { runAnalyze, reportersFrom } = await import('./commands.ts');
  if (flags.before || flags.after) {
    if (!flags.before || !flags.after || inputs.length > 0) throw new UsageError('analyze', '--before and --after go together, without other inputs', 'analyze');
    const { runAnalyzeReorganisation } = await import('./reorg-commands.ts');
    process.exitCode = await runAnalyzeReorganisation({ ...flags, before: flags.before, after: flags.after }, reportersFrom(flags.reporters));
    return;
  }
  if (inputs.length === 0) throw new UsageError('analyze', 'give the documents to analyse (or --before and --after)', 'analyze');
  process.exitCode = await runAnalyze(inputs, flags);
});

// --open, after the action (which stays as it is): the report it wrote, unless the input was bad.
program.commands.find((c) => c.name() === 'analyze')?.hook('postAction', async (command) => {
  const flags = command.opts<{ open?: boolean; output: string }>();
  if (!flags.open || process.exitCode === EXIT.badInput) return;
  const { openReport } = await import('./open-report.ts');
  await openReport(join(flags.output, 'index.html'));
});

program
  .command('init')
  .description('write a starter job (analysis/job.yaml, every field commented) and a documents/ folder with an example, to run at once')
  .argument('[dir]', 'the folder to set up (created when missing)', '.')
  .option('-q, --quiet', 'print nothing but errors')
  .addHelpText('after', '\nExisting files are never overwritten: when any of the starter files exists, nothing is written (exit 2).')
  .action(async (dir: string, flags: { quiet?: boolean }) => {
    const { runInit } = await import('./init.ts');
    process.exitCode = await runInit(dir, flags);
  });

inputFlags(
  program
    .command('apply')
    .description('apply a reorganisation notice\'s change events to an organisation, and write the organisation after the change')
    .argument('<notices...>', 'the notice files (职责调整, 机构改革, 组织架构优化 …)')
    .requiredOption('--to <path>', 'the organisation before: an org model, or duty documents or folders (repeatable)', collect)
    .option('-o, --output <file>', 'write the org model after the change here (.yaml or .json); default: YAML on stdout')
    .option('--force', 'replace an existing -o file (keeping its YAML comments) instead of writing NAME.new.yaml beside it'),
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
    .option('--threshold <x>', 'duties at least this similar join one function', number('--threshold', { min: 0, max: 1 }), 0.5)
    .option('--min-size <n>', 'smallest cluster that becomes a function', number('--min-size', { integer: true, min: 1 }), 3)
    .option('--force', 'replace an existing -o file instead of writing NAME.new.yaml beside it'),
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
    const { schemaFiles } = await import('../run/schemas.ts');
    for (const { name, text } of schemaFiles()) {
      const file = join(flags.output, name);
      await writeFileAtomically(file, text);
      console.log(file);
    }
  });

// Scheduled runs: run, diff, watch (their actions load their modules on demand, too).
const { registerRunCommands } = await import('./run-commands.ts');
registerRunCommands(program);

// Each command's examples, after its options.
const COMMAND_EXAMPLES: Record<string, string> = {
  analyze: `  dutylens analyze documents/ -o reports/latest --open
  dutylens analyze 财务部.docx 人力资源部.docx --catalogue headquarters
  dutylens analyze org.yaml --reporters json --json       a corrected org model; the summary as JSON
  dutylens analyze --before org.yaml --after 调整通知.txt   what a reorganisation does`,
  run: `  dutylens run                     every job in analysis/ (reports/<job>/latest/index.html)
  dutylens run analysis/job.yaml --open --fail-on new-conflicts`,
  init: `  dutylens init                    set up the working folder
  dutylens init my-analysis        set up my-analysis/ (created when missing)`,
};
for (const command of program.commands) {
  const examples = COMMAND_EXAMPLES[command.name()];
  if (examples) command.addHelpText('after', `\nExamples:\n${examples}`);
}

// The program's examples, defaults and exit codes (exit codes after every command's help, too).
program.addHelpText(
  'after',
  `
Examples:
  dutylens init my-analysis && cd my-analysis   a starter job and documents/ folder
  dutylens run --open                           run the jobs in analysis/, open the report
  dutylens analyze documents/ -o reports/x      analyse a folder: reports/x/index.html
  dutylens analyze documents/ --catalogue ${bundledCatalogueNames()[0] ?? 'catalogue.yaml'}
                                                gaps against a bundled catalogue
  dutylens extract documents/ -o org.yaml       the org model, to correct and analyse

Bundled catalogues (--catalogue NAME): ${bundledCatalogueNames().join(', ') || 'none'}
Defaults: thresholds candidate ${DEFAULT_OPTIONS.candidateThreshold}, overlap ${DEFAULT_OPTIONS.overlapThreshold} (English documents ${ENGLISH_THRESHOLDS.candidateThreshold}, ${ENGLISH_THRESHOLDS.overlapThreshold}), duplicate ${DEFAULT_OPTIONS.duplicateThreshold}, coverage ${DEFAULT_OPTIONS.coverageThreshold}; level ${DEFAULT_OPTIONS.level}; all reporters; with a catalogue, functions matched by words and the semantic tier (--no-semantic-gaps: words only); a job file's settings override these, flags override both.
Run \`dutylens help <command>\` for a command's options.`,
);
program.addHelpText(
  'afterAll',
  `
Exit codes:
  0   the command ran (findings are not failures)
  1   a gate failed (--fail-on or the job's gates)
  2   bad input or usage: the file or flag is named on one line
  70  internal error in dutylens (please report it)`,
);

// One top-level handler: every error ends here as one line and an exit code (cli-errors.ts).
const { throwUsageErrors, handleTopLevelError } = await import('./cli-errors.ts');
throwUsageErrors(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = handleTopLevelError(error);
}
