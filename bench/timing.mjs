/**
 * Timing helpers. Every figure is a median over repeated rounds; within a round every contender runs once,
 * in a rotating order, so a comparison is a ratio taken inside the same round (the machine's load at that
 * moment weighs on both sides) and the reported ratio is the median of those per-round ratios.
 */

const now = () => process.hrtime.bigint();

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds one call of `fn` takes. */
export function timeMs(fn) {
  const start = now();
  fn();
  return Number(now() - start) / 1e6;
}

/** Nanoseconds an empty `hrtime` pair costs (subtracted where many small sections are timed). */
export function timerOverheadNs() {
  const samples = [];
  for (let i = 0; i < 2000; i++) {
    const start = now();
    samples.push(Number(now() - start));
  }
  return median(samples);
}

/**
 * A section timer: `section(setup, timed)` runs `setup()` untimed and `timed(prepared)` timed, and adds the
 * time to a running total (ns, less the timer's own cost).
 */
export function sectionTimer(overhead) {
  let total = 0;
  return {
    section(setup, timed) {
      const prepared = setup();
      const start = now();
      timed(prepared);
      total += Math.max(0, Number(now() - start) - overhead);
    },
    get totalNs() {
      return total;
    },
  };
}

/**
 * Runs `rounds` rounds (after `warmup` untimed ones) of every contender. A contender is a function
 * returning the figure of one run (e.g. ns per step), or undefined to time the call itself (ms).
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
