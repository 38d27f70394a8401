/**
 * Puts the site's base in front of the root-absolute links guides are written with:
 * `[考场设置](/registration/rooms/)` becomes `/kaowu/registration/rooms/` in a build
 * for `/kaowu/`. Guides keep naming pages by route, so they read the same whatever
 * the base and tests/unit/content/guide-links.test.ts still checks them; a root
 * build is left untouched. Covers Markdown links and images and the plain HTML
 * elements of MDX (`<a href="/wizards/">`); components such as `<GuideLink>` add
 * the base themselves.
 *
 * Astro 7 renders Markdown and MDX with Sätteri, whose HTML-tree plugins (like
 * rehype's) are registered on the configured processor, as Starlight registers its own.
 */
import type { AstroIntegration } from 'astro';
import { toBasePath, withBase } from '../paths.ts';

/** Elements whose URL attribute the browser follows or fetches, with that attribute. */
const urlAttributes: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/** The parts of Sätteri's HTML-tree nodes and plugin context this plugin uses. */
interface LinkNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}
interface PluginContext {
  setProperty(node: LinkNode, key: string, value: unknown): void;
}
interface ElementVisitor {
  filter: string[];
  visit(node: LinkNode, ctx: PluginContext): void;
}

/** A Sätteri HTML-tree plugin: a name and a visitor for elements and MDX's HTML elements. */
export interface BaseLinksPlugin {
  name: string;
  element: ElementVisitor;
  mdxJsxFlowElement: ElementVisitor;
  mdxJsxTextElement: ElementVisitor;
}

/** Return `value` with the base in front when it is a root-absolute URL (`/x/`, not `//host/x/`); anything else unchanged. */
export function prefixRootUrl(value: string, base: string): string {
  return value.startsWith('/') && !value.startsWith('//') ? withBase(value, base) : value;
}

/** Return the current value of a node's URL attribute, from an element's properties or an MDX element's attributes. */
function readUrl(node: LinkNode, attribute: string): unknown {
  if (node.type === 'element') return node.properties?.[attribute];
  return node.attributes?.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === attribute)?.value;
}

/** Return the plugin that adds `base` to root-absolute links and sources. */
export function createBaseLinksPlugin(base: string): BaseLinksPlugin {
  const visitor: ElementVisitor = {
    filter: Object.keys(urlAttributes),
    visit(node, ctx) {
      const attribute = urlAttributes[node.tagName ?? node.name ?? '']!;
      const value = readUrl(node, attribute);
      // An expression (`href={url}`) is computed at render time; only written-out URLs are rewritten.
      if (typeof value === 'string' && prefixRootUrl(value, base) !== value) ctx.setProperty(node, attribute, prefixRootUrl(value, base));
    },
  };
  return { name: 'kaowu-xiangdao:base-links', element: visitor, mdxJsxFlowElement: visitor, mdxJsxTextElement: visitor };
}

/** The part of Astro's `markdown.processor` this reads: Sätteri's name and plugin list. */
interface MarkdownProcessor {
  name: string;
  options?: { hastPlugins?: unknown[] };
}

/** Return the integration that registers the plugin for a site under `base`; at the root it does nothing. */
export function baseLinks(base: string): AstroIntegration {
  return {
    name: 'kaowu-xiangdao:base-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (toBasePath(base) === '/') return;
        const processor = (config.markdown as { processor?: MarkdownProcessor }).processor;
        const plugins = processor?.name === 'satteri' ? processor.options?.hastPlugins : undefined;
        if (!plugins) {
          throw new Error(`Guides' links need the base ${base}, but markdown.processor is "${processor?.name}", not Sätteri: register createBaseLinksPlugin with it.`);
        }
        plugins.push(createBaseLinksPlugin(toBasePath(base)));
      },
    },
  };
}
