// Figures -> rows (metric, ours, baseline, ours/baseline, target, pass/fail) -> a text table.

/** Nearest-rank percentile: p95 is a sample that actually happened. */
export function percentile(xs, p) {
  if (!xs.length) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
export const median = (xs) => percentile(xs, 0.5);

/** unit: 'ms' | 'bytes' | 'count'; a row with a target passes when ours <= target. */
export function row(metric, unit, ours, baseline = null, target = null) {
  return {
    metric,
    unit,
    ours,
    baseline,
    ratio: ours !== null && baseline !== null && baseline > 0 ? ours / baseline : null,
    target,
    pass: target === null ? null : ours <= target,
  };
}

const show = (unit, x) => {
  if (x === null || x === undefined) return '–';
  if (unit === 'ms') return `${Math.round(x)} ms`;
  if (unit === 'bytes') return `${(x / 1024).toFixed(1)} KB`;
  return String(x);
};

export function cells(r) {
  return {
    metric: r.metric,
    ours: show(r.unit, r.ours),
    baseline: show(r.unit, r.baseline),
    'ours/baseline': r.ratio === null ? '–' : `${r.ratio.toFixed(2)}x`,
    target: r.target === null ? '–' : r.unit === 'count' ? `= ${r.target}` : `<= ${show(r.unit, r.target)}`,
    'pass/fail': r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
  };
}

export function tableText(rows) {
  const lines = [Object.keys(cells(rows[0])), ...rows.map((r) => Object.values(cells(r)))];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const text = (l) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [text(lines[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(text)].join('\n');
}
