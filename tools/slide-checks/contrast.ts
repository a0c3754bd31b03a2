/**
 * WCAG 2 contrast: relative luminance of sRGB colours, alpha compositing of
 * the layers behind a text, and the minimum ratio a text needs for its size.
 */

/** A colour with channels 0-255 and alpha 0-1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 }
/** Chromium's canvas colour under `color-scheme: dark`, the last layer behind a dark page. */
export const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 }

/** Parses the forms a browser's computed style uses: `rgb(r, g, b)`, `rgba(r, g, b, a)`, `rgb(r g b / a)`, `#rrggbb`. */
export function parseColor(text: string): Rgba {
  const value = text.trim().toLowerCase()
  if (value === 'transparent')
    return { r: 0, g: 0, b: 0, a: 0 }
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1]
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const digits = (hex.length <= 4 ? [...hex].map(d => d + d) : hex.match(/../g)!).map(d => Number.parseInt(d, 16))
    return { r: digits[0]!, g: digits[1]!, b: digits[2]!, a: (digits[3] ?? 255) / 255 }
  }
  const fn = /^rgba?\((.*)\)$/.exec(value)?.[1]
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean)
    if (parts.length === 3 || parts.length === 4) {
      const channel = (p: string) => p.endsWith('%') ? Number.parseFloat(p) * 2.55 : Number.parseFloat(p)
      const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? Number.parseFloat(parts[3]) / 100 : Number.parseFloat(parts[3])
      const color = { r: channel(parts[0]!), g: channel(parts[1]!), b: channel(parts[2]!), a: alpha }
      if (Object.values(color).every(Number.isFinite))
        return color
    }
  }
  throw new Error(`Unrecognised colour "${text}"`)
}

/** `top` painted over `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a)
  if (a === 0)
    return { r: 0, g: 0, b: 0, a: 0 }
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a }
}

/**
 * The single opaque colour behind a text: its layers (nearest first) painted
 * bottom-up over `canvas`, the colour that shows where every layer is transparent.
 */
export function flattenBackdrop(layers: Rgba[], canvas: Rgba): Rgba {
  return layers.reduceRight((below, layer) => composite(layer, below), canvas)
}

/** WCAG 2 relative luminance of an opaque colour. */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** Contrast ratio (1 to 21) between two opaque colours. */
export function contrastRatio(one: Rgba, other: Rgba): number {
  const [light, dark] = [relativeLuminance(one), relativeLuminance(other)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/**
 * Large text needs 3:1, other text 4.5:1 (WCAG 1.4.3): large is at least 24 px,
 * or at least 18.66 px (14 pt) when bold.
 */
export function isLargeText(fontSize: number, fontWeight: number): boolean {
  return fontSize >= 24 || (fontSize >= 18.66 && fontWeight >= 700)
}

export function requiredContrast(fontSize: number, fontWeight: number): number {
  return isLargeText(fontSize, fontWeight) ? 3 : 4.5
}

/**
 * The contrast a text really has: its colour, faded by `opacity`, painted over
 * its flattened backdrop, against that backdrop.
 */
export function textContrast(color: Rgba, opacity: number, backdrop: Rgba): number {
  const faded = { ...color, a: color.a * opacity }
  return contrastRatio(composite(faded, backdrop), backdrop)
}
