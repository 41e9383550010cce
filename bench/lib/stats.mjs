// Small statistics: nearest-rank percentiles over the samples.

export function percentile(samples, p) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples) => percentile(samples, 50);

export function summary(samples) {
  return { n: samples.length, median: median(samples), p95: percentile(samples, 95), min: Math.min(...samples), max: Math.max(...samples) };
}

/**
 * Times `fn` in batches long enough for the clock's resolution (at least `minBatchMs` a batch),
 * and returns the per-call times of `samples` batches after `warmup` calls. `fn(i)` gets the
 * call number so it can vary its input.
 */
export function timeCalls(now, fn, { warmup = 3, samples = 30, minBatchMs = 5, maxMs = 4000 } = {}) {
  let i = 0;
  for (let w = 0; w < warmup; w++) fn(i++);
  // Calibrate the batch size.
  let batch = 1;
  for (;;) {
    const start = now();
    for (let k = 0; k < batch; k++) fn(i++);
    const elapsed = now() - start;
    if (elapsed >= minBatchMs || batch >= 1 << 20) break;
    batch *= elapsed < minBatchMs / 8 ? 8 : 2;
  }
  const out = [];
  const deadline = now() + maxMs;
  while (out.length < samples && (out.length < 5 || now() < deadline)) {
    const start = now();
    for (let k = 0; k < batch; k++) fn(i++);
    out.push((now() - start) / batch);
  }
  return { batch, perCallMs: out };
}
