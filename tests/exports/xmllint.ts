import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The official XSDs (QTI 2.1, IMS CP, CC 1.3) with a catalog that maps their imports to local
 * copies, so validation needs no network: kept beside this file (see its README), or `STANDARDS_DIR`.
 */
export const STANDARDS = process.env.STANDARDS_DIR ? path.resolve(process.env.STANDARDS_DIR) : fileURLToPath(new URL('standards', import.meta.url));

export const schemas = {
  qti21: 'qti21/qtiv2p1/imsqti_v2p1.xsd',
  cp11: 'qti21/imscp_v1p1.xsd',
  ccManifest: 'cc13/ccv1p3_imscp_v1p2_v1p0.xsd',
  ccAssessment: 'cc13/ccv1p3_qtiasiv1p2p1_v1p0.xsd',
  ccWebLink: 'cc13/ccv1p3_imswl_v1p3.xsd',
} as const;

/** Says how to get what validation needs, instead of letting a test pass without it. */
export function requireValidator(): void {
  if (!existsSync(path.join(STANDARDS, 'catalog.xml'))) throw new Error(`No XSDs at ${STANDARDS}: set STANDARDS_DIR to the folder of the official schemas (with catalog.xml).`);
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('No xmllint: install it (Debian: sudo apt-get install -y libxml2-utils).');
  }
}

/**
 * Validates files (path → XML text) against one schema with xmllint, offline. Returns xmllint's
 * complaints, one per line, or an empty list when every file validates.
 */
export function validate(schema: keyof typeof schemas, files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'threshold-xsd-'));
  try {
    const paths = Object.entries(files).map(([name, xml]) => {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, xml);
      return file;
    });
    try {
      execFileSync('xmllint', ['--nonet', '--noout', '--schema', path.join(STANDARDS, schemas[schema]), ...paths], {
        env: { ...process.env, XML_CATALOG_FILES: path.join(STANDARDS, 'catalog.xml') },
        stdio: 'pipe',
      });
      return [];
    } catch (error) {
      const output = String((error as { stderr?: Buffer }).stderr ?? error);
      return output
        .split('\n')
        .filter((line) => line && !line.endsWith(' validates'))
        .map((line) => line.replace(dir + path.sep, ''));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
