/**
 * The width to draw a chart at when each chart has `room` px on the page: its own width, unless
 * scaling it into the room would shrink its 12 px text below 11 px (a wide chart on a phone) —
 * then the room, so the text keeps its size and the chart reflows instead, as Observable's do.
 */
export function fittedWidth(width: number, room: number | undefined): number {
  return room !== undefined && room > 0 && room * 12 < width * 11 ? Math.floor(room) : width;
}
