/**
 * The content security policy as an HTTP header, taken from the built pages: each
 * page carries its policy in `<meta http-equiv="content-security-policy">` (Astro's
 * `security.csp`), and the deployment instructions give the server the same policy
 * as a header for HTML pages. A page may allow the hashes of its own inline scripts
 * and styles, so the header allows, per directive, what any page allows; each page's
 * own meta still holds it to its own list. No meta on any page: no header.
 */

/** Return the value of an attribute in a tag's text, with HTML character references decoded. */
function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2];
  return value
    ?.replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Return the policy of a page's CSP meta tag, or undefined when it has none. */
export function findPagePolicy(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (readAttribute(tag, 'http-equiv')?.toLowerCase() === 'content-security-policy') return readAttribute(tag, 'content')?.trim();
  }
  return undefined;
}

/** Return a policy's directives in order: name (lower case) and its sources. */
function parsePolicy(policy: string): Array<[string, string[]]> {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

/** Thrown when the pages' policies cannot be one header; the message says what differs. */
export class SitePolicyError extends Error {
  override name = 'SitePolicyError';
}

/**
 * Return the one policy to send with every HTML page, given each page's policy (undefined for a page
 * without one); undefined when no page has one. Throws SitePolicyError when some pages have a policy and
 * others not, or their directives differ: a header would then forbid a page what its own policy allows.
 */
export function buildSitePolicy(pages: ReadonlyArray<{ page: string; policy: string | undefined }>): string | undefined {
  const withPolicy = pages.filter((entry) => entry.policy !== undefined);
  if (withPolicy.length === 0) return undefined;
  const without = pages.filter((entry) => entry.policy === undefined).map((entry) => entry.page);
  if (without.length > 0) throw new SitePolicyError(`这些页面没有内容安全策略（CSP），其他页面有：${without.join('、')}。`);
  const merged = new Map<string, Set<string>>();
  const [first] = withPolicy;
  const names = (policy: string) => parsePolicy(policy).map(([name]) => name).sort().join(' ');
  for (const { page, policy } of withPolicy) {
    if (names(policy!) !== names(first!.policy!)) {
      throw new SitePolicyError(`页面 ${page} 的内容安全策略指令（${names(policy!)}）与 ${first!.page}（${names(first!.policy!)}）不同，无法合成一个响应头。`);
    }
    for (const [name, sources] of parsePolicy(policy!)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
