/** Sizes as written on the command line: `10MB`, `100MB`, `1GB` (decimal units, as disks count). */
const UNITS: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9 };

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)$/i.exec(text.trim());
  if (!match) {
    throw new Error(`--size: expected a size such as 10MB, 100MB or 1GB, got "${text}"`);
  }
  return Math.round(Number(match[1]) * UNITS[match[2]!.toUpperCase()]!);
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
