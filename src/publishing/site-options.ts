/**
 * Where a build will be published, from two environment variables read by
 * astro.config.mjs and `npm run package`:
 *
 * - SITE_BASE: the sub-path the site lives under, e.g. `/kaowu/` for
 *   `https://www.某某学院.edu.cn/kaowu/`. Empty or unset: the root of the domain.
 * - SITE_URL: the public address, e.g. `https://www.某某学院.edu.cn/kaowu/`. Gives the
 *   pages canonical links and the build a sitemap. Its path sets the base when
 *   SITE_BASE is not given.
 *
 * A value that cannot be right stops the build with a message saying how to fix it,
 * instead of building a site that breaks once published.
 */
import { toBasePath } from '../paths.ts';

/** What astro.config.mjs needs: `base` (slash at each end) and `site` (an origin, or undefined). */
export interface SiteOptions {
  base: string;
  site: string | undefined;
}

/** The variables read; other keys of `process.env` are ignored. */
export interface SiteEnvironment {
  SITE_BASE?: string | undefined;
  SITE_URL?: string | undefined;
}

/** Thrown for a SITE_BASE or SITE_URL that would build a broken site; the message says how to fix it. */
export class SiteOptionsError extends Error {
  override name = 'SiteOptionsError';
}

/** Path segments a base may have: what a web server maps to a folder name without escaping. */
const baseSegment = /^[A-Za-z0-9._~-]+$/;

function parseBase(value: string): string {
  const base = toBasePath(value.trim());
  const segments = base.split('/').filter(Boolean);
  if (segments.some((segment) => !baseSegment.test(segment) || segment === '.' || segment === '..')) {
    throw new SiteOptionsError(
      `SITE_BASE="${value}" 不能用作网站路径：每一段只能包含英文字母、数字和 - _ . ~，各段之间用 / 分隔，例如 SITE_BASE=/kaowu/ 或 SITE_BASE=/tools/kaowu/。`,
    );
  }
  return base;
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new SiteOptionsError(`SITE_URL="${value}" 不是完整的网址：请写成 https://www.example.edu.cn/kaowu/ 这样的形式。`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteOptionsError(`SITE_URL="${value}" 必须以 https:// 或 http:// 开头。`);
  }
  if (url.search || url.hash) {
    throw new SiteOptionsError(`SITE_URL="${value}" 不能带查询参数或「#」锚点：只写网站的地址，例如 https://www.example.edu.cn/kaowu/。`);
  }
  return url;
}

/** Return the base and site of a build from SITE_BASE and SITE_URL; throws SiteOptionsError for values that cannot be right. */
export function resolveSiteOptions(env: SiteEnvironment): SiteOptions {
  const givenBase = env.SITE_BASE?.trim() ? parseBase(env.SITE_BASE) : undefined;
  if (!env.SITE_URL?.trim()) return { base: givenBase ?? '/', site: undefined };
  const url = parseUrl(env.SITE_URL);
  const urlBase = parseBase(decodeURI(url.pathname));
  if (givenBase !== undefined && urlBase !== '/' && urlBase !== givenBase) {
    throw new SiteOptionsError(
      `SITE_URL 的路径（${urlBase}）和 SITE_BASE（${givenBase}）不一致：两者要指向同一个位置，或者只给 SITE_URL（路径会从中取出）。`,
    );
  }
  return { base: givenBase ?? urlBase, site: url.origin };
}

/** Return the part of a release file name that names its base: `/kaowu/` → `kaowu`, `/tools/kaowu/` → `tools-kaowu`, the root → ``. */
export function toBaseLabel(base: string): string {
  return toBasePath(base).split('/').filter(Boolean).join('-');
}
