import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';

/** Folder the guides live in. */
export const guidesDir = resolve(import.meta.dirname, '..', '..', '..', 'content', 'docs');

/** A guide source file with its URL path. */
export interface GuideFile {
  /** Path relative to `content/docs`, e.g. `start/overview.mdx`. */
  file: string;
  /** URL path of the built page, e.g. `/start/overview/`. */
  url: string;
  source: string;
}

/** Return every guide source file. */
export function listGuideFiles(): GuideFile[] {
  const files: GuideFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.mdx?$/.test(name)) {
        const file = relative(guidesDir, full).split(sep).join('/');
        files.push({ file, url: toUrl(file), source: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(guidesDir);
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

function toUrl(file: string): string {
  const path = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return path ? `/${path}/` : '/';
}

/**
 * Return the anchor ids of a guide's Markdown headings, as Starlight generates them
 * (github-slugger, in document order, so repeated headings get -1, -2).
 */
export function listHeadingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  return [...stripFrontmatter(source).matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map(([, text]) =>
    slugger.slug(text!.replace(/\{[^}]*\}/g, '').trim()),
  );
}

/** Return the source without its YAML frontmatter. */
export function stripFrontmatter(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Tokens that contain digits but are names, not facts. */
const allowedTokens = ['1+X'];

/** Return the prose of an MDX file with every non-prose part removed. */
export function extractProse(source: string): string {
  let text = stripFrontmatter(source);
  text = text.replace(/^\s*(import|export)\s.*$/gm, '');
  // JSX/MDX expressions, possibly nested one level: {a.b}, {list.map((x) => <li>{x}</li>)}.
  for (let i = 0; i < 3; i += 1) text = text.replace(/\{[^{}]*\}/g, '');
  text = text.replace(/<[^>]*>/g, '');
  text = text.replace(/\]\([^)]*\)/g, ']');
  text = text.replace(/^\s*\d+\.\s/gm, '');
  for (const token of allowedTokens) text = text.split(token).join('');
  return text;
}
