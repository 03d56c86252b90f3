// Zoom levels and the sizes that follow from them. Every step column is equally wide at a zoom level, so the
// emotion curve (drawn across a whole row) lines up with the cells above and below it.

export const baseColumnWidth = 220;
export const baseTitleWidth = 200;
export const baseEmotionHeight = 176;
export const minZoom = 0.5;
export const maxZoom = 1.5;
export const zoomLevels = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5];

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.min(maxZoom, Math.max(minZoom, Math.round(zoom * 100) / 100));
}

/** The next level up (+1) or down (-1) from any zoom, including an in-between one from "Fit to width". */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return zoomLevels.find((z) => z > zoom + 0.001) ?? maxZoom;
  return [...zoomLevels].reverse().find((z) => z < zoom - 0.001) ?? minZoom;
}

/** The zoom at which every column and the lane titles fit in `available` pixels (within 50-150 %). */
export function fitZoom(available: number, columns: number): number {
  if (columns <= 0 || available <= 0) return 1;
  return clampZoom(Math.floor((available / (columns * baseColumnWidth + baseTitleWidth)) * 100) / 100);
}

export const columnWidthAt = (zoom: number) => Math.round(baseColumnWidth * zoom);
export const titleWidthAt = (zoom: number) => Math.round(baseTitleWidth * zoom);
export const emotionHeightAt = (zoom: number) => Math.round(baseEmotionHeight * zoom);
export const zoomLabel = (zoom: number) => `${Math.round(zoom * 100)} %`;
