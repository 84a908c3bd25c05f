// A small SVG line-chart writer (no plotting library): axes with linear or log ticks,
// one polyline per series, a legend. Enough for latency CDFs and rate-vs-p99 curves.
import type { Plot, Series } from "../scenarios/types.ts";

const WIDTH = 760;
const HEIGHT = 440;
const MARGIN = { left: 70, right: 190, top: 40, bottom: 55 };
const COLOURS = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#db2777"];

interface Axis {
  min: number;
  max: number;
  log: boolean;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function axisFor(values: number[], log: boolean): Axis {
  const usable = values.filter((value) => Number.isFinite(value) && (!log || value > 0));
  if (usable.length === 0) return { min: log ? 1 : 0, max: log ? 10 : 1, log };
  let min = Math.min(...usable);
  let max = Math.max(...usable);
  if (log) {
    min = 10 ** Math.floor(Math.log10(min));
    max = 10 ** Math.ceil(Math.log10(max));
  } else {
    min = Math.min(0, min);
    max = max === min ? min + 1 : max * 1.05;
  }
  return { min, max, log };
}

function scale(axis: Axis, value: number, from: number, to: number): number {
  const t = axis.log
    ? (Math.log10(Math.max(value, axis.min)) - Math.log10(axis.min)) /
      (Math.log10(axis.max) - Math.log10(axis.min))
    : (value - axis.min) / (axis.max - axis.min);
  return from + t * (to - from);
}

function ticks(axis: Axis): number[] {
  if (axis.log) {
    const out: number[] = [];
    for (let decade = axis.min; decade <= axis.max * 1.0001; decade *= 10) {
      for (const m of [1, 2, 5]) if (decade * m <= axis.max * 1.0001) out.push(decade * m);
    }
    return out;
  }
  const raw = (axis.max - axis.min) / 6;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let value = Math.ceil(axis.min / step) * step; value <= axis.max; value += step) {
    out.push(Number(value.toPrecision(6)));
  }
  return out;
}

const label = (value: number): string =>
  value >= 1000 ? `${value / 1000}k` : String(Number(value.toPrecision(3)));

export function renderSvg(plot: Plot): string {
  const series = plot.series.filter((one) => one.points.length > 0);
  const x = axisFor(
    series.flatMap((one) => one.points.map(([value]) => value)),
    plot.xLog,
  );
  const y = axisFor(
    series.flatMap((one) => one.points.map(([, value]) => value)),
    plot.yLog,
  );
  const left = MARGIN.left;
  const right = WIDTH - MARGIN.right;
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="14" font-weight="bold">${escapeXml(plot.title)}</text>`,
  ];
  for (const tick of ticks(x)) {
    const px = scale(x, tick, left, right).toFixed(1);
    parts.push(`<line x1="${px}" y1="${top}" x2="${px}" y2="${bottom}" stroke="#eee"/>`);
    parts.push(`<text x="${px}" y="${bottom + 16}" text-anchor="middle">${label(tick)}</text>`);
  }
  for (const tick of ticks(y)) {
    const py = scale(y, tick, bottom, top).toFixed(1);
    parts.push(`<line x1="${left}" y1="${py}" x2="${right}" y2="${py}" stroke="#eee"/>`);
    parts.push(
      `<text x="${left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${label(tick)}</text>`,
    );
  }
  parts.push(
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="none" stroke="#444"/>`,
    `<text x="${(left + right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">${escapeXml(plot.xLabel)}</text>`,
    `<text transform="translate(16 ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(plot.yLabel)}</text>`,
  );
  // Series of one system share a colour (its p50 dashed beside its p99): keyed on the
  // label's first word, e.g. "app" in "app p99".
  const keys = [...new Set(series.map((one) => one.label.split(" ")[0]))];
  series.forEach((one, index) => {
    const colour = COLOURS[keys.indexOf(one.label.split(" ")[0]) % COLOURS.length] ?? "#000";
    parts.push(...drawSeries(one, index, colour, x, y, { left, right, top, bottom }));
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

function drawSeries(
  series: Series,
  index: number,
  colour: string,
  x: Axis,
  y: Axis,
  box: { left: number; right: number; top: number; bottom: number },
): string[] {
  const points = series.points
    .map(
      ([px, py]) =>
        `${scale(x, px, box.left, box.right).toFixed(1)},${scale(y, py, box.bottom, box.top).toFixed(1)}`,
    )
    .join(" ");
  const dash = series.dashed ? ' stroke-dasharray="6 4"' : "";
  const legendY = box.top + 8 + index * 18;
  return [
    `<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${points}"/>`,
    ...series.points.map(
      ([px, py]) =>
        `<circle cx="${scale(x, px, box.left, box.right).toFixed(1)}" cy="${scale(y, py, box.bottom, box.top).toFixed(1)}" r="2.5" fill="${colour}"/>`,
    ),
    `<line x1="${box.right + 12}" y1="${legendY}" x2="${box.right + 36}" y2="${legendY}" stroke="${colour}" stroke-width="2"${dash}/>`,
    `<text x="${box.right + 42}" y="${legendY}" dominant-baseline="middle">${escapeXml(series.label)}</text>`,
  ];
}
