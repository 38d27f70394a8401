import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { wizardSlugs } from '../../../wizards/catalog';
import { guidesDir, listGuideFiles, listHeadingIds } from './guide-files';

const guides = new Map(listGuideFiles().map((guide) => [guide.url, guide]));

/**
 * Return why a site-internal link is broken, or undefined when it is fine. Chapters are
 * written in parallel: a link into a chapter folder that does not exist yet cannot be
 * checked, so it passes until that chapter lands; from then on it must hit a page and,
 * if it has one, a heading of that page.
 */
export function findBrokenLink(link: string): string | undefined {
  const [path, hash] = link.split('#') as [string, string | undefined];
  const wizard = /^\/wizards\/([a-z]+)\/$/.exec(path);
  if (wizard) return (wizardSlugs as readonly string[]).includes(wizard[1]!) ? undefined : `no wizard ${wizard[1]}`;
  const chapter = /^\/([a-z-]+)\//.exec(path)?.[1];
  if (!chapter) return `not a guide path: ${link}`;
  if (!existsSync(join(guidesDir, chapter))) return undefined;
  const guide = guides.get(path);
  if (!guide) return `no guide at ${path}`;
  if (hash && !listHeadingIds(guide.source).includes(decodeURIComponent(hash))) return `no heading #${hash} on ${path}`;
  return undefined;
}

/** Return the site-internal link targets of an MDX source: Markdown links and href attributes. */
export function listInternalLinks(source: string): string[] {
  const markdown = [...source.matchAll(/\]\((\/[^)\s]*)\)/g)].map(([, link]) => link!);
  const attributes = [...source.matchAll(/href="(\/[^"]*)"/g)].map(([, link]) => link!);
  return [...markdown, ...attributes];
}
