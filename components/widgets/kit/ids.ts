let issued = 0;

/** An id unique within a build, stable from one build to the next. */
export function uniqueId(prefix: string): string {
  issued += 1;
  return `${prefix}-${issued}`;
}
