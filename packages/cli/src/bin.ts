import { run } from './run';

// The `ruta` executable: the process's arguments, streams and environment; the exit code of the command.
// A closed pipe (`ruta schema | head`) ends the program quietly instead of with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
