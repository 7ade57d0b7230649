// A grouped bar chart of posts per month per platform, as a self-contained accessible SVG.
import { PLATFORM_NAMES } from '../comment/preview.ts';
import type { PlatformId } from '../types.ts';

// The Okabe–Ito palette: eight colours that people with any common colour-vision deficiency can tell
// apart (the brands' own colours are five shades of blue). Bars get a dark outline so the yellow
// stands out from the white background too.
const COLOURS: Record<PlatformId, string> = {
  mastodon: '#0072B2',
  bluesky: '#E69F00',
  x: '#000000',
  linkedin: '#009E73',
  threads: '#CC79A7',
  discord: '#56B4E9',
  slack: '#F0E442',
  discourse: '#D55E00',
  // Four more, from Paul Tol's muted scheme (also built for colour-vision deficiencies), for groups on more than eight platforms.
  facebook: '#332288',
  instagram: '#882255',
  reddit: '#999933',
  pinterest: '#44AA99',
};

const WIDTH = 640;
const HEIGHT = 320;
const PLOT = { left: 48, right: 150, top: 40, bottom: 48 };

export function barChartSvg(title: string, months: string[], series: Map<PlatformId, number[]>): string {
  const platforms = [...series.keys()];
  const max = Math.max(1, ...[...series.values()].flat());
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const groupWidth = plotWidth / Math.max(1, months.length);
  const barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, platforms.length));
  const y = (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight;
  const parts: string[] = [];

  for (let tick = 0; tick <= top; tick += step) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.left + plotWidth}" y1="${fmt(y(tick))}" y2="${fmt(y(tick))}" stroke="#ddd"/>`);
    parts.push(`<text x="${PLOT.left - 6}" y="${fmt(y(tick) + 4)}" text-anchor="end">${tick}</text>`);
  }
  months.forEach((month, m) => {
    const groupX = PLOT.left + m * groupWidth + groupWidth * 0.1;
    platforms.forEach((platform, p) => {
      const value = series.get(platform)?.[m] ?? 0;
      const x = groupX + p * barWidth;
      parts.push(
        `<rect x="${fmt(x)}" y="${fmt(y(value))}" width="${fmt(barWidth)}" height="${fmt(y(0) - y(value))}" fill="${COLOURS[platform]}" stroke="#333" stroke-width="0.5"><title>${escapeXml(`${PLATFORM_NAMES[platform]}, ${month}: ${value}`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${fmt(PLOT.left + (m + 0.5) * groupWidth)}" y="${HEIGHT - PLOT.bottom + 18}" text-anchor="middle">${escapeXml(month)}</text>`,
    );
  });
  platforms.forEach((platform, p) => {
    const ly = PLOT.top + p * 20;
    parts.push(
      `<rect x="${WIDTH - PLOT.right + 16}" y="${ly}" width="12" height="12" fill="${COLOURS[platform]}" stroke="#333" stroke-width="0.5"/>`,
    );
    parts.push(`<text x="${WIDTH - PLOT.right + 34}" y="${ly + 10}">${escapeXml(PLATFORM_NAMES[platform])}</text>`);
  });
  const summary = platforms.map((p) => `${PLATFORM_NAMES[p]} ${sum(series.get(p) ?? [])}`).join(', ') || 'no posts';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<desc id="desc">${escapeXml(`Posts per month: ${summary}`)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${PLOT.left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ...parts,
    `<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${fmt(y(0))}" stroke="#333"/>`,
    `<line x1="${PLOT.left}" x2="${PLOT.left + plotWidth}" y1="${fmt(y(0))}" y2="${fmt(y(0))}" stroke="#333"/>`,
    '</svg>',
    '',
  ].join('\n');
}

function niceStep(max: number): number {
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  return Math.max(1, step);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}
