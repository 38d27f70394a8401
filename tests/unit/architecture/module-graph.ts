/**
 * The project's own module graph, read from the source text: every import and
 * export-from, static or dynamic, type-only or not (a type import still ties two
 * files together for a reader). Used by the layering and cycle tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../../..');

const sourceExtensions = ['.ts', '.tsx', '.astro', '.mjs'];

/** Return every source file under `folder` (relative to the root), skipping tests' fixtures and generated files. */
export function listSourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (sourceExtensions.some((extension) => name.endsWith(extension)) && !name.endsWith('.d.ts')) found.push(relative(root, full));
    }
  };
  walk(join(root, folder));
  return found.sort();
}

// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and dynamic `import('…')`.
const specifierPattern = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Return the import specifiers a source file names. */
export function readSpecifiers(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(specifierPattern)].map((match) => match[1] ?? match[2]!);
}

/** Return the project file a relative specifier names, or null for a package (or an asset such as CSS). */
export function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(join(root, from)), specifier.replace(/\?.*$/, ''));
  const candidates = [base, ...sourceExtensions.map((extension) => base + extension), ...sourceExtensions.map((extension) => join(base, `index${extension}`))];
  const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile() && sourceExtensions.some((extension) => candidate.endsWith(extension)));
  return file ? relative(root, file) : null;
}

/** Return the graph of project imports among `files`: file → files it imports. */
export function buildModuleGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(files.map((file) => [file, readSpecifiers(file).flatMap((specifier) => resolveSpecifier(file, specifier) ?? [])]));
}

/** Return the import cycles of a graph: each strongly connected component of more than one file, or a file importing itself. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative over the files, recursive within one component search (the graph is shallow).
  let counter = 0;
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    lowLink.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(next)!));
      }
    }
    if (lowLink.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
