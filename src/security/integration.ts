/**
 * Astro integration that finishes the content security policy once the pages are
 * built: puts each page's CSP `<meta>` first in its `<head>`, and writes the nginx
 * file that sends the same policy as an HTTP header (`nginxHeaderFileName`). List it
 * before the offline integration in astro.config.mjs: the service worker's manifest
 * hashes the pages as this step leaves them.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxHeaderConfig, nginxHeaderFileName, placeMetaFirst, readSitePolicy } from './built-policy';

/** Return every HTML file under `dir`. */
function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Return the integration that places each page's policy first and writes the nginx header file. */
export function contentSecurityPolicyFiles(): AstroIntegration {
  return {
    name: 'kaowu-xiangdao:content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = listHtmlFiles(distDir).map((file) => ({ name: file, html: placeMetaFirst(readFileSync(file, 'utf8')) }));
        const policy = readSitePolicy(pages);
        for (const { name, html } of pages) writeFileSync(name, html);
        writeFileSync(join(distDir, nginxHeaderFileName), nginxHeaderConfig(policy));
        logger.info(`content security policy first in ${pages.length} pages; nginx header in ${nginxHeaderFileName}`);
      },
    },
  };
}
