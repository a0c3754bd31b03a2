/**
 * How much to scale a rendered diagram so it fits the box its slide gives it.
 * Never enlarged past its natural size (labels are laid out at
 * DIAGRAM_FONT_PX), only shrunk when the box is smaller.
 */
export interface Size { width: number, height: number }

export function fitScale(natural: Size, box: Size): number {
  if (!(natural.width > 0) || !(natural.height > 0))
    return 1
  const byWidth = box.width > 0 ? box.width / natural.width : 1
  const byHeight = box.height > 0 ? box.height / natural.height : 1
  return Math.min(1, byWidth, byHeight)
}
