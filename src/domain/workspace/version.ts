/**
 * Version of the workspace shape; saved with it, checked on load and import (`schema.ts` says when to raise it).
 * Kept apart from the schema so that code which only needs the number loads no zod.
 */
export const workspaceVersion = 1;
