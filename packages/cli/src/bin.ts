import { run } from './run';

// The `ruta` executable: the process's arguments, streams and environment; the exit code of the command.
// A closed pipe (`ruta verify … | head -1`, `ruta schema | true`) never changes the exit code: once a stream
// is closed its output is dropped, the command runs to its end, and the process exits with the command's
// code (0 done, 1 a check failed, 2 usage). No stack trace either way.
const closed = new Set<NodeJS.WriteStream>();
function guarded(stream: NodeJS.WriteStream) {
  stream.on('error', () => {
    // EPIPE (the reader went away) or any other write error: stop writing to this stream.
    closed.add(stream);
  });
  return {
    // A terminal's width still reaches the command (interactive play wraps its text to it).
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    write(text: string) {
      if (closed.has(stream) || stream.destroyed || stream.writableEnded) return;
      stream.write(text);
    },
  };
}

run(process.argv.slice(2), { stdout: guarded(process.stdout), stderr: guarded(process.stderr) }).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
