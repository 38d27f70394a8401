/**
 * Who may import whom. The kit is the shell every wizard shares, so it depends on
 * nothing above it; a wizard uses the kit, the shared folders and src/, never
 * another wizard's files; the domain knows nothing of views. And no import cycle
 * anywhere in src/ and wizards/, type-only imports included.
 */
import { describe, expect, test } from 'vitest';
import { wizardSlugs } from '../../../wizards/catalog';
import { buildModuleGraph, findCycles, listSourceFiles } from './module-graph';

const files = [...listSourceFiles('src'), ...listSourceFiles('wizards')];
const graph = buildModuleGraph(files);

/** The folder a file belongs to, for the layering rules. */
function layerOf(file: string): string {
  if (file.startsWith('src/domain/')) return 'domain';
  // The URL helper every layer needs to link under the site's base (SITE_BASE); it imports nothing.
  if (file === 'src/paths.ts') return 'paths';
  if (file.startsWith('src/')) return 'site';
  const folder = file.split('/')[1]!;
  if ((wizardSlugs as readonly string[]).includes(folder)) return `wizard:${folder}`;
  if (file === 'wizards/catalog.ts') return 'catalog';
  if (file === 'wizards/draft-identity.ts') return 'draftIdentity';
  return file === 'wizards/drafts.ts' ? 'drafts' : folder;
}

/** Which layers each layer may import (its own always). A wizard may also import its own folder, checked apart. */
const allowed: Record<string, readonly string[]> = {
  paths: [],
  domain: [],
  // The catalog adds to the domain's wizard slugs and titles (src/domain/wizards/titles.ts).
  catalog: ['domain'],
  kit: ['domain', 'paths'],
  shared: ['kit', 'catalog', 'domain', 'paths'],
  print: ['shared', 'kit', 'domain', 'paths'],
  demo: ['kit', 'domain', 'paths'],
  // The registry of every wizard's draft spec, which an island hands the kit to check a work file (loaded on import).
  drafts: ['wizard', 'kit', 'catalog'],
  // Each wizard's slug and draft version, which its island hands the kit and its context-schema reads.
  draftIdentity: ['kit', 'catalog'],
  wizard: ['print', 'shared', 'kit', 'demo', 'catalog', 'drafts', 'draftIdentity', 'domain', 'paths'],
  // 本校工作台: reads every wizard's step list (when the site is built) and its start check and first context.
  workbench: ['wizard', 'print', 'shared', 'kit', 'demo', 'catalog', 'drafts', 'domain', 'paths'],
  site: ['domain', 'catalog', 'site', 'kit', 'print', 'shared', 'demo', 'wizard', 'workbench', 'paths'],
};

function isAllowed(from: string, to: string): boolean {
  if (from === to) return true;
  const fromKind = from.startsWith('wizard:') ? 'wizard' : from;
  const toKind = to.startsWith('wizard:') ? 'wizard' : to;
  // One wizard never reaches into another's folder; the site's pages mount each wizard's island.
  if (fromKind === 'wizard' && toKind === 'wizard') return false;
  return (allowed[fromKind] ?? []).includes(toKind);
}

describe('module layering', () => {
  test('imports only from layers below or beside its own', () => {
    const violations = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => !isAllowed(layerOf(file), layerOf(target))).map((target) => `${file} → ${target}`),
    );
    expect(violations).toEqual([]);
  });

  test('reaches into wizard folders from the draft registry only for their draft specs', () => {
    const reached = (graph.get('wizards/drafts.ts') ?? []).filter((target) => layerOf(target).startsWith('wizard:'));
    expect(reached.length).toBe(wizardSlugs.length);
    expect(reached.filter((target) => !/\/(context-schema|draft-spec)\.ts$/.test(target))).toEqual([]);
  });

  test('reaches into wizard folders from the workbench only for step lists, start checks and first contexts', () => {
    const reached = [...graph]
      .filter(([file]) => layerOf(file) === 'workbench')
      .flatMap(([, imports]) => imports.filter((target) => layerOf(target).startsWith('wizard:')));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((target) => !/\/(steps|start-check|context)\.ts$/.test(target))).toEqual([]);
  });

  test('has no import cycle in src/ and wizards/', () => {
    expect(findCycles(graph)).toEqual([]);
  });
});

describe('findCycles', () => {
  test('returns each cycle once, and nothing for a tree', () => {
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCycles(cyclic)).toEqual([['a', 'b', 'c']]);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
