import type { BenchResults } from './bench-results.ts';

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

/**
 * The terminal table: per workload, GFLOP/s (median time in ms) per side, torch's best configuration,
 * and each of our sides' speed relative to it with its 90% interval. Plain text; the caller prints it.
 */
export function formatTable(results: BenchResults): string {
  const labels = [...new Set(results.workloads.flatMap((w) => w.sides.map((s) => s.side)))];
  const ours = labels.filter((l) => !l.startsWith('torch:'));
  const torch = labels.filter((l) => l.startsWith('torch:'));
  const tag = (label: string) => (label === torch[0] ? '[1t]' : '[def]');
  const head = [
    'workload',
    ...ours,
    ...torch.map((l) => `torch${tag(l)}`),
    ...(torch.length > 0 ? ['torch best', ...ours.map((l) => `${l}/torch`)] : []),
  ];
  const rows = results.workloads.map((w) => {
    const cell = (label: string) => {
      const s = w.sides.find((x) => x.side === label);
      if (!s) return '';
      if (s.state === 'errored') return 'error';
      return s.gflops === null ? `${fmt(s.medianMs)}ms` : `${fmt(s.gflops)} (${fmt(s.medianMs)}ms)`;
    };
    const row = [w.workload, ...ours.map(cell), ...torch.map(cell)];
    if (torch.length > 0) {
      row.push(w.torchBest ? `${cell(w.torchBest)} ${tag(w.torchBest)}` : 'n/a');
      for (const l of ours) {
        const r = w.ratioToTorch?.[l];
        row.push(r ? `${fmt(r.value, 2)} [${fmt(r.interval[0], 2)}, ${fmt(r.interval[1], 2)}]` : '');
      }
    }
    return row;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = [line(head), line(widths.map((n) => '-'.repeat(n))), ...rows.map(line)];
  lines.push(
    '',
    'GFLOP/s (median ms per call, result read back); ratio = torch time / ours (≥ 1: level or faster), 90% interval over rounds.',
  );
  if (torch.length > 0)
    lines.push(`torch configurations: [1t] = ${torch[0]?.slice(6)}, [def] = ${torch[1]?.slice(6) ?? '—'}`);
  for (const s of results.sides.filter((x) => x.skipped)) lines.push(`skipped ${s.label}: ${s.skipped}`);
  return `${lines.join('\n')}\n`;
}
