/**
 * Sizes an element's one line of text to the largest font that fits its box. The box's size must
 * not depend on its text (the display's CSS gives it a share of the screen), so the result is the
 * same whatever the screen, the font the device has, or the text: `W-999` and `A-001` alike.
 */

/** Shrinks a little under the exact fit: glyph widths do not scale quite linearly with size. */
const MARGIN = 0.96;

/** Sets `element`'s font size so that its text fills its content box in width or height, no more. */
export function fitText(element, maxPx = Number.POSITIVE_INFINITY) {
  const style = getComputedStyle(element);
  const width =
    element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  const height =
    element.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  const range = document.createRange();
  range.selectNodeContents(element);
  const text = range.getBoundingClientRect();
  if (text.width === 0 || text.height === 0 || width <= 0 || height <= 0) return;
  const size = Number.parseFloat(style.fontSize);
  const fit = size * Math.min(width / text.width, height / text.height) * MARGIN;
  element.style.fontSize = `${Math.max(1, Math.floor(Math.min(fit, maxPx)))}px`;
}
