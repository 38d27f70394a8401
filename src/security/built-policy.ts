/**
 * The content security policy as built into the pages: reading it from a page's
 * `<meta>`, putting that `<meta>` first in `<head>`, merging the policies of all pages
 * into the one an HTTP header sends, and the nginx line that sends it. Pure functions,
 * used by the build step (`integration.ts`) and the tests.
 */

/** A policy: each directive with its sources, in the order written. */
export type Policy = Map<string, string[]>;

const policyMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/;

/** Return the policy text of a page's CSP `<meta>`, or null when it has none. */
export function readMetaPolicy(html: string): string | null {
  return policyMeta.exec(html)?.[1] ?? null;
}

/**
 * Move the CSP `<meta>` to the top of `<head>`, right after `<meta charset>`. A policy given by
 * `<meta>` governs only what comes after it, and Astro writes it where its own head content goes,
 * after Starlight's first inline scripts and our offline registration.
 */
export function placeMetaFirst(html: string): string {
  const meta = policyMeta.exec(html)?.[0];
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!meta || !charset) return html;
  const withoutMeta = html.replace(meta, '');
  const at = withoutMeta.indexOf(charset[0]) + charset[0].length;
  return withoutMeta.slice(0, at) + meta + withoutMeta.slice(at);
}

/** Parse policy text (`a 'x'; b 'y' 'z';`) into its directives. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

/** Write a policy as text, each directive ended by `;` as Astro writes it. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => `${[name, ...sources].join(' ')};`).join(' ');
}

/**
 * Merge the policies of every page into one for the whole site: the same directives, each with
 * every source any page allows (the hashes of all pages' inline scripts and styles). Sent as a
 * header beside each page's own `<meta>`, it asks nothing more than the page's policy does: the
 * browser enforces both, so a page may still run only what its own `<meta>` allows.
 */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  // Hashes sorted, after the keywords and hosts in their first-seen order: the merged policy
  // is then the same whatever order the pages are read in (the build's and a test's differ).
  for (const [name, sources] of merged) {
    const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
    merged.set(name, [...sources.filter((source) => !isHash(source)), ...sources.filter(isHash).toSorted()]);
  }
  return merged;
}

/**
 * Return the policy for the whole site, merged from its pages' HTML: what the build writes into the nginx
 * file and `npm run package` into 部署说明.txt. Throws, naming the page, when a page has no policy `<meta>`.
 */
export function readSitePolicy(pages: ReadonlyArray<{ name: string; html: string }>): Policy {
  return mergePolicies(
    pages.map(({ name, html }) => {
      const policy = readMetaPolicy(html);
      if (policy === null) throw new Error(`${name}: no content security policy <meta> (security.csp in astro.config.mjs)`);
      return parsePolicy(policy);
    }),
  );
}

/** Name of the nginx file the build writes at the site's root (README: "Serving the site with nginx"). */
export const nginxHeaderFileName = 'content-security-policy.nginx.conf';

/** Return the nginx file that sends `policy` as a header with every response. */
export function nginxHeaderConfig(policy: Policy): string {
  return [
    '# The content security policy of this build, as an HTTP header; written by `npm run build`.',
    '# Include it in nginx\'s `server` block (README: "Serving the site with nginx").',
    `add_header Content-Security-Policy "${formatPolicy(policy)}" always;`,
    '',
  ].join('\n');
}
