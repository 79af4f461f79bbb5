import { run } from './run';

// The `ruta` executable: the process's arguments, streams and environment; the exit code of the command.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
