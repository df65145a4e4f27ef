// Imported first by the CLI: `natural` (through dotenv) prints to stdout on
// import unless this is set, which would corrupt --json output.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
