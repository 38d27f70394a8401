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
import { mergePolicies, nginxHeaderConfig, nginxHeaderFileName, parsePolicy, placeMetaFirst, readMetaPolicy } from './built-policy';

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
        const policies = listHtmlFiles(distDir).map((file) => {
          const html = readFileSync(file, 'utf8');
          const policy = readMetaPolicy(html);
          if (policy === null) throw new Error(`${file}: no content security policy <meta> (security.csp in astro.config.mjs)`);
          writeFileSync(file, placeMetaFirst(html));
          return parsePolicy(policy);
        });
        writeFileSync(join(distDir, nginxHeaderFileName), nginxHeaderConfig(mergePolicies(policies)));
        logger.info(`content security policy first in ${policies.length} pages; nginx header in ${nginxHeaderFileName}`);
      },
    },
  };
}
