import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { stripFrontmatter } from './guide-files';

/**
 * The text people read, gathered from source files for the wording checks
 * (chinese-punctuation.test.ts, no-hand-typed-menus.test.ts): guide prose and
 * frontmatter in MDX, string literals and JSX text in TypeScript, template text in
 * Astro. Comments, imports and type positions are not text anyone reads.
 */

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/**
 * Folders the wording checks scan, relative to the repository root. Set
 * TEXT_CHECK_ROOTS (comma-separated) to scan others, e.g.
 * `TEXT_CHECK_ROOTS=wizards npm run test:unit -- tests/unit/content/chinese-punctuation.test.ts`.
 */
export const scannedRoots: readonly string[] = process.env.TEXT_CHECK_ROOTS?.split(',').filter(Boolean) ?? ['content', 'src'];

/** One piece of readable text and where it is. */
export interface TextPiece {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line the piece starts on. */
  line: number;
  text: string;
  /** `prose`: guide prose or template text; `string`: a string literal or JSX text in code. */
  kind: 'prose' | 'string';
}

/** Guides, code and components; developer documentation (README.md) and type declarations are not read by users. */
function isReadSource(name: string): boolean {
  return /\.(mdx?|tsx?|astro)$/.test(name) && name !== 'README.md' && !name.endsWith('.d.ts');
}

/** Return every source file under the given roots (relative to the repository root), sorted. */
export function listSourceFiles(roots: readonly string[] = scannedRoots): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      // src/content/docs is a symlink to content/docs: read each guide once.
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) continue;
      if (stat.isDirectory()) walk(full);
      else if (isReadSource(name)) files.push(relative(repoRoot, full).split(sep).join('/'));
    }
  };
  for (const root of roots) walk(join(repoRoot, root));
  return files.sort();
}

/** Return the readable text of one source file. */
export function extractText(file: string, source: string): TextPiece[] {
  if (/\.mdx?$/.test(file)) return extractMdxText(file, source);
  if (file.endsWith('.astro')) return extractAstroText(file, source);
  return extractCodeText(file, source, 0);
}

/** Return the readable text of every file under the given roots. */
export function listTextPieces(roots: readonly string[] = scannedRoots): TextPiece[] {
  return listSourceFiles(roots).flatMap((file) => extractText(file, readFileSync(join(repoRoot, file), 'utf8')));
}

/** Return the string literals, template parts and JSX text of TypeScript source, skipping imports and types. */
export function extractCodeText(file: string, source: string, lineOffset: number): TextPiece[] {
  const scriptKind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.TSX;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, scriptKind);
  const pieces: TextPiece[] = [];
  const add = (node: ts.Node, text: string) => {
    if (!text.trim()) return;
    const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1 + lineOffset;
    pieces.push({ file, line, text, kind: 'string' });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node) || ts.isExternalModuleReference(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node, node.text);
    else if (ts.isJsxText(node)) add(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return pieces;
}

/** Frontmatter keys whose values readers see: titles, descriptions, the home page's hero and a page banner. */
const readFrontmatterKeys = /^\s*(?:-\s+)?(?:title|description|tagline|content|text|label):\s*(.+)$/;

/** Return the frontmatter values, the prose and the string literals inside expressions of an MDX guide. */
export function extractMdxText(file: string, source: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  let topKey = '';
  frontmatter.split('\n').forEach((line, index) => {
    topKey = /^([a-z]+):/.exec(line)?.[1] ?? topKey;
    // `head` holds machine-read tags (search keywords), not text anyone reads.
    const value = topKey === 'head' ? undefined : readFrontmatterKeys.exec(line)?.[1];
    if (value) pieces.push({ file, line: index + 2, text: value, kind: 'prose' });
  });
  const body = stripFrontmatter(source);
  const bodyStart = source.split('\n').length - body.split('\n').length;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(import|export)\s/.test(line)) return;
    const lineNumber = bodyStart + index + 1;
    for (const literal of line.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`\n]*)`/g)) {
      // String literals inside {expressions}, e.g. a Checklist's item texts; the backtick form
      // is also Markdown code, which is not prose, so it is only read inside braces.
      if (isInsideBraces(line, literal.index)) pieces.push({ file, line: lineNumber, text: literal[1] ?? literal[2] ?? literal[3] ?? '', kind: 'string' });
    }
    pieces.push(...listAttributeValues(line).map((text) => ({ file, line: lineNumber, text, kind: 'string' as const })));
    const prose = toProse(line);
    if (prose.trim()) pieces.push({ file, line: lineNumber, text: prose, kind: 'prose' });
  });
  return pieces;
}

/** Return the quoted attribute values of a line of JSX or HTML (title="…"), which readers see as text. */
function listAttributeValues(line: string): string[] {
  return [...line.matchAll(/(?:^|\s)(?:title|caption|label|text|alt|aria-label|placeholder)="([^"]*)"/g)].map(([, value]) => value!);
}

/** Return an MDX or template line with everything that is not prose removed. */
function toProse(line: string): string {
  let text = line;
  for (let i = 0; i < 3; i += 1) text = text.replace(/\{[^{}]*\}/g, '');
  text = text.replace(/`[^`]*`/g, '');
  text = text.replace(/<[^>]*>/g, '');
  // An attribute on its own line of a multi-line tag is read by listAttributeValues.
  text = text.replace(/^\s*[\w:-]+=(?:"[^"]*"|\S*)\s*\/?>?\s*$/, '');
  text = text.replace(/\]\([^)]*\)/g, ']');
  return text;
}

function isInsideBraces(line: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i += 1) {
    if (line[i] === '{') depth += 1;
    else if (line[i] === '}') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Return the frontmatter code and the template text of an Astro component. */
export function extractAstroText(file: string, source: string): TextPiece[] {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const code = match?.[1] ?? '';
  const pieces = extractCodeText(file.replace(/\.astro$/, '.ts'), code, 1).map((piece) => ({ ...piece, file }));
  const template = match ? source.slice(match[0].length) : source;
  const templateStart = source.split('\n').length - template.split('\n').length;
  // Styles and scripts are not read; blank them out line for line so line numbers stay right.
  const readable = template.replace(/<(style|script)[\s\S]*?<\/\1>/g, (block) => block.replace(/[^\n]/g, ''));
  readable.split('\n').forEach((line, index) => {
    const lineNumber = templateStart + index + 1;
    for (const literal of line.matchAll(/'([^'\n]*)'|`([^`\n]*)`/g)) {
      if (isInsideBraces(line, literal.index)) pieces.push({ file, line: lineNumber, text: literal[1] ?? literal[2] ?? '', kind: 'string' });
    }
    pieces.push(...listAttributeValues(line).map((text) => ({ file, line: lineNumber, text, kind: 'string' as const })));
    const prose = toProse(line.replace(/<!--.*?-->/g, ''));
    if (prose.trim()) pieces.push({ file, line: lineNumber, text: prose, kind: 'prose' });
  });
  return pieces;
}
