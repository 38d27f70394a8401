/**
 * The release the release suite (playwright.release.config.ts) tests: the zip that
 * `npm run test:release` packages for the sub-path `/kaowu/` and the address below,
 * unpacked into its own folder and served under `/kaowu/`.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getReleaseFileName, releaseDir } from '../../../scripts/release/release-name.ts';

/** SITE_BASE and SITE_URL of the tested release, as `npm run test:release` passes them to `npm run package`. */
export const testedBase = '/kaowu/';
export const testedSite = 'https://www.example.edu.cn';

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };

/** The zip under test. */
export const releaseZip = join(releaseDir, getReleaseFileName(version, testedBase));

/** Port of the served release: RELEASE_TEST_PORT, or the one after the root build's TEST_PORT. */
export const releasePort = Number(process.env.RELEASE_TEST_PORT ?? Number(process.env.TEST_PORT ?? 4329) + 1);

/** Where the zip is unpacked for the tests; one folder per port. */
export const unpackedDir = join(tmpdir(), `kaowu-xiangdao-release-${releasePort}`);

/** The site folder of the unpacked zip, which is served. */
export const unpackedSiteDir = join(unpackedDir, 'site');
