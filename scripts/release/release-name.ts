/** Where `npm run package` writes the release, and what it calls it. */
import { join } from 'node:path';
import { toBaseLabel } from '../../src/publishing/site-options.ts';

/** The project's folder, and the folder releases go to (ignored by git). */
export const projectDir = join(import.meta.dirname, '..', '..');
export const releaseDir = join(projectDir, 'release');

/** The folder of the site inside the zip; the deployment instructions sit beside it. */
export const siteFolderInZip = 'site';
export const deployGuideName = '部署说明.txt';

/** Return the release's file name: `kaowu-xiangdao-0.1.0.zip` for the root, `kaowu-xiangdao-0.1.0-kaowu.zip` for `/kaowu/`. */
export function getReleaseFileName(version: string, base: string): string {
  const label = toBaseLabel(base);
  return `kaowu-xiangdao-${version}${label ? `-${label}` : ''}.zip`;
}
