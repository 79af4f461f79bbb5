/**
 * Timing helpers. Every figure is a median over repeated rounds; within a round every contender runs once,
 * in a rotating order, so a comparison is a ratio taken inside the same round and the reported ratio is the
 * median of those per-round ratios.
 *
 * Time is the process's CPU time (user + system, `process.cpuUsage()`), not the wall clock: the benchmarks
 * run on shared machines (a CI runner, a laptop doing other work), where the wall clock also counts the time
 * other processes held the CPU. On an idle machine the two agree for this single-threaded code; CPU time also
 * counts V8's background threads (garbage collection, compilation), which are real costs of the code
 * measured.
 */

/** CPU time of this process, in nanoseconds (microsecond resolution). */
export function cpuNs() {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Settles the heap first (when node runs with --expose-gc) so one figure does not pay for another's garbage. */
export function settle() {
  globalThis.gc?.();
}

/** CPU milliseconds one call of `fn` takes. */
export function timeMs(fn) {
  const start = cpuNs();
  fn();
  return (cpuNs() - start) / 1e6;
}

/** Nanoseconds one reading pair of the clock costs (subtracted where many sections are timed). */
export function clockOverheadNs() {
  const samples = [];
  for (let i = 0; i < 500; i++) {
    const start = cpuNs();
    samples.push(cpuNs() - start);
  }
  return median(samples);
}

/**
 * A section timer: `section(setup, timed)` runs `setup()` untimed and `timed(prepared)` timed, and adds the
 * time to a running total (ns, less the clock's own cost).
 */
export function sectionTimer(overhead) {
  let total = 0;
  return {
    section(setup, timed) {
      const prepared = setup();
      const start = cpuNs();
      timed(prepared);
      total += Math.max(0, cpuNs() - start - overhead);
    },
    get totalNs() {
      return total;
    },
  };
}

/**
 * Runs `rounds` rounds (after `warmup` untimed ones) of every contender. A contender is a function
 * returning the figure of one run (e.g. ns per step), or nothing to have the call itself timed (CPU ms).
 * Returns, per contender, the list of per-round figures.
 */
export function rounds(contenders, { rounds: count, warmup = 1 }) {
  const names = Object.keys(contenders);
  const figures = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = -warmup; r < count; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + Math.max(0, r)) % names.length];
      let figure;
      const ms = timeMs(() => {
        figure = contenders[name]();
      });
      if (r >= 0) figures[name].push(typeof figure === 'number' ? figure : ms);
    }
  }
  return figures;
}

/** Median of the per-round ratios a[i] / b[i]. */
export function medianRatio(a, b) {
  return median(a.map((value, i) => value / b[i]));
}
