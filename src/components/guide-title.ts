/** A guide page as the content collection lists it. */
export interface GuidePage {
  /** Collection id, e.g. `exam-day/room-setup`. */
  id: string;
  title: string;
}

/** Return the title of the guide a link points to, or undefined when no such guide exists. */
export function findGuideTitle(pages: readonly GuidePage[], link: string): string | undefined {
  const path = link.split('#')[0]!.replace(/^\/|\/$/g, '');
  return pages.find((page) => page.id === (path || 'index'))?.title;
}
