/**
 * Where a mention's box goes on the page's picture. Boxes are stored in the page's own unit (PDF
 * points for a PDF's text layer, pixels for an OCR'd scan), measured from the top-left; the
 * picture is whatever size the server made (pdftoppm at 144 dpi: two pixels a point) and the
 * browser then scales it to the column. Placing boxes as fractions of the page keeps them on
 * their words at any zoom, so only the page's size in its unit is needed.
 */
import type { BoxJson } from '../../api/documents.js';

export interface Size {
  width: number;
  height: number;
}

/** pdftoppm renders at 144 dpi for the viewer: a PDF point is two pixels (docs/cases-api.md). */
export const PDF_PIXELS_PER_POINT = 2;

/**
 * The page's size in its boxes' unit: as stored with the page when the reader knew it, or else
 * worked out from the picture's pixel size (a PDF's picture is 2 px a point; a scan's boxes are
 * its pixels). Null while neither is known (the picture not yet loaded).
 */
export function pageFrame(
  page: { width: number | null; height: number | null },
  picture: Size | null,
  mediaType: string,
): Size | null {
  if (page.width && page.height) return { width: page.width, height: page.height };
  if (!picture?.width || !picture.height) return null;
  const scale = mediaType === 'application/pdf' ? PDF_PIXELS_PER_POINT : 1;
  return { width: picture.width / scale, height: picture.height / scale };
}

/** A box as percentages of the page (left, top, width, height), clipped to the page. */
export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clip = (v: number) => Math.min(100, Math.max(0, v));

export function placeBox(box: BoxJson, frame: Size): Placement {
  const [x0, y0, x1, y1] = box;
  const left = clip((Math.min(x0, x1) / frame.width) * 100);
  const top = clip((Math.min(y0, y1) / frame.height) * 100);
  const right = clip((Math.max(x0, x1) / frame.width) * 100);
  const bottom = clip((Math.max(y0, y1) / frame.height) * 100);
  return { left, top, width: right - left, height: bottom - top };
}

/** The box in pixels of a picture shown at `shown` size (what the user sees; for tests and hit areas). */
export function boxOnScreen(box: BoxJson, frame: Size, shown: Size): Placement {
  const p = placeBox(box, frame);
  return {
    left: (p.left / 100) * shown.width,
    top: (p.top / 100) * shown.height,
    width: (p.width / 100) * shown.width,
    height: (p.height / 100) * shown.height,
  };
}
