/**
 * The release suite's web server (playwright.release.config.ts): unpack the release
 * zip into a fresh folder, as a school's IT staff would, and serve its site under
 * the base it was built for with the project's plain static server, sending the
 * content security policy header the deployment instructions give. Run by
 * Playwright, which stops it after the tests.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import JSZip from 'jszip';
import { startStaticSite } from '../../../scripts/static-server.ts';
import { formatPolicy, readSitePolicy } from '../../../src/security/built-policy.ts';
import { releasePort, releaseZip, testedBase, unpackedDir, unpackedSiteDir } from './release-under-test.ts';

if (!existsSync(releaseZip)) {
  console.error(`${releaseZip} does not exist: run \`npm run test:release\`, which packages it before testing.`);
  process.exit(1);
}

rmSync(unpackedDir, { recursive: true, force: true });
const zip = await JSZip.loadAsync(readFileSync(releaseZip));
const pages: Array<{ name: string; html: string }> = [];
for (const entry of Object.values(zip.files)) {
  if (entry.dir) continue;
  const target = resolve(unpackedDir, entry.name);
  if (!target.startsWith(unpackedDir + sep)) throw new Error(`zip entry outside the folder: ${entry.name}`);
  const bytes = await entry.async('nodebuffer');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  if (entry.name.endsWith('.html')) pages.push({ name: entry.name, html: bytes.toString('utf8') });
}

const policy = formatPolicy(readSitePolicy(pages));
await startStaticSite({
  root: unpackedSiteDir,
  base: testedBase,
  host: '127.0.0.1',
  port: releasePort,
  htmlHeaders: { 'Content-Security-Policy': policy },
});
console.log(`serving ${join(unpackedSiteDir)} at http://127.0.0.1:${releasePort}${testedBase} with its CSP header`);
