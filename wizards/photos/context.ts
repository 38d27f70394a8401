/** The photo wizard's context when it starts: built by hand, so the machine does not need zod. */
import type { PhotoStudent } from '../../src/domain/photos/schema';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { PhotosContext } from './context-schema';

/** The students photos are matched against: name and 证件号码 of each candidate in the workspace. */
export function toPhotoStudents(workspace: Workspace): PhotoStudent[] {
  return workspace.candidates.map(({ name, documentNumber }) => ({ name, documentNumber }));
}

/** Return the context of a new run for these students. */
export function createPhotosContext(students: PhotoStudent[]): PhotosContext {
  return {
    students,
    sessionId: null,
    paths: [],
    sourceProblems: [],
    match: null,
    checks: {},
    applyFixes: null,
    progress: null,
    errors: [],
  };
}
