// Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the built site, once,
// at the highest levels, so the course server sends compressed files without compressing per
// request. Run after the build: node src/server/precompress.mjs [folder]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { compressible } from './static-files.mjs';

/** Files smaller than this gain less than the bytes of the header that says they are compressed. */
const MIN_BYTES = 1024;

/** @param {string} folder @returns {string[]} */
function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const folder = process.argv[2] ?? 'dist/client';
let before = 0;
let after = 0;
let count = 0;
for (const file of files(folder)) {
  if (!compressible(file) || statSync(file).size < MIN_BYTES) continue;
  const content = readFileSync(file);
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  const gz = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  // A copy that saves little is not worth a second file: the server then sends the original.
  if (br.length < content.length * 0.9) writeFileSync(`${file}.br`, br);
  if (gz.length < content.length * 0.9) writeFileSync(`${file}.gz`, gz);
  before += content.length;
  after += Math.min(br.length, content.length);
  count++;
}
console.log(`precompressed ${count} files in ${folder}: ${(before / 1024).toFixed(0)} KiB, ${(after / 1024).toFixed(0)} KiB with Brotli`);
