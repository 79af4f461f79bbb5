/**
 * `@ruta/cli`: the `ruta` command line as a library. `run(argv, io)` runs a command with your own streams,
 * environment and working directory and resolves to its exit code — what the `ruta` executable does with
 * the process's.
 */
export { type CommandName, commandNames } from './command';
export type { CliIo } from './io';
export { type Messages, messagesIn } from './messages';
export { run } from './run';
