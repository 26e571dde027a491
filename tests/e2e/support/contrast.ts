/** A colour as red, green and blue channels from 0 to 255. */
export type Rgb = readonly [number, number, number];

/** Reads `#rgb`, `#rrggbb` or `rgb(…)`/`rgba(…)` (alpha ignored) into channels. */
export function parseColour(text: string): Rgb {
  const hex = text.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as unknown as Rgb;
  }
  const channels = text.match(/rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i);
  if (!channels) throw new Error(`not a colour: ${text}`);
  return [Number(channels[1]), Number(channels[2]), Number(channels[3])];
}

/** WCAG 2.1's relative luminance of an sRGB colour. */
export function relativeLuminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/**
 * WCAG 2.1's contrast ratio of two colours, from 1 (same) to 21 (black on
 * white): what the 4.5:1 text and 3:1 non-text thresholds are measured in.
 */
export function contrastRatio(first: Rgb | string, second: Rgb | string): number {
  const one = relativeLuminance(typeof first === 'string' ? parseColour(first) : first);
  const two = relativeLuminance(typeof second === 'string' ? parseColour(second) : second);
  return (Math.max(one, two) + 0.05) / (Math.min(one, two) + 0.05);
}

/** A colour as `#rrggbb`, for messages. */
export function hexOf([red, green, blue]: Rgb): string {
  return `#${[red, green, blue].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
