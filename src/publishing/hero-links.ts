/**
 * Starlight route middleware: gives the home page's hero buttons (`hero.actions` in a
 * guide's frontmatter, written as routes such as `/start/year/`) the site's base, which
 * Starlight leaves to the author. Registered as `routeMiddleware` in astro.config.mjs.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { prefixRootUrl } from './base-links';
import { siteBase } from '../paths';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const hero = route.entry.data.hero;
  if (!hero?.actions.length) return;
  // New objects, not edits: the collection entry is shared by every render of the build.
  const actions = hero.actions.map((action) => ({ ...action, link: prefixRootUrl(action.link, siteBase) }));
  route.entry = { ...route.entry, data: { ...route.entry.data, hero: { ...hero, actions } } };
});
