/** Where the exports are served, under `/instructors/export/`: one name per file, defined once. */
export const exportFiles = {
  qti21: (lesson: string) => `${lesson}.qti21.zip`,
  canvas: (lesson: string) => `${lesson}.canvas.zip`,
  moodle: (lesson: string) => `${lesson}.moodle.xml`,
  cartridge: 'threshold.imscc',
  courseMoodle: 'threshold.moodle.xml',
} as const;

/** A file's address under the site's base path: `/instructors/export/what-is-emergence.qti21.zip`. */
export const exportHref = (base: string, file: string): string => `${base}instructors/export/${file}`;
