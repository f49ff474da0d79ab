// Statistics and the plain-text table `npm run bench` prints.

/** Mean, p50, p99 and worst of `times` (ms); nulls are skipped. */
export function summarize(times) {
  const sorted = times.filter((t) => typeof t === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0, meanMs: NaN, p50Ms: NaN, p99Ms: NaN, worstMs: NaN };
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    count: sorted.length,
    meanMs: sorted.reduce((sum, t) => sum + t, 0) / sorted.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    worstMs: sorted[sorted.length - 1],
  };
}

/** A number for the table: ms with sensible precision, sizes in KB. */
export function ms(value) {
  if (typeof value !== 'number' || Number.isNaN(value)) return '–';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Bytes as KB (1000 bytes), one decimal. */
export function kb(bytes) {
  return typeof bytes === 'number' ? `${(bytes / 1000).toFixed(1)} KB` : '–';
}

/** `value / base` as "0.25×", or "–". */
export function ratio(value, base) {
  if (typeof value !== 'number' || typeof base !== 'number' || !(base > 0) || Number.isNaN(value)) return '–';
  return `${(value / base).toFixed(value / base >= 10 ? 0 : 2)}×`;
}

/** A Markdown table with padded columns; `rows` are arrays of cells (converted with String). */
export function formatTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '–')));
  const widths = headers.map((_, column) => Math.max(3, ...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}
