/**
 * What a wizard's `output.ts` offers the result screen: each file it can build
 * (`listResultFiles(context)`) and the file itself on request
 * (`buildResultFile(id, context, environment)`), so a result screen only lists
 * and the kit builds, downloads and reports failures.
 */
import type { ComponentChildren } from 'preact';

/** A file the wizard can generate. */
export interface ResultFile {
  id: string;
  fileName: string;
  /** What the file is for, in one sentence. */
  description: ComponentChildren;
}

/** What building a file may need besides the wizard's context. */
export interface OutputEnvironment {
  /** When the file is made (dates inside the file). */
  now: Date;
  /** The site's origin, for links written into files (the site may be served from anywhere). */
  origin: string;
}

/** Build one of the listed files. */
export type BuildResultFile = (id: string, environment: OutputEnvironment) => Promise<Blob>;
