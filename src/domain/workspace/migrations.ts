/**
 * Steps that bring a saved workspace from one version to the next: the key is the
 * version a step starts from. Version 1 is the first, so there is none yet; the
 * kit runs them in order when the user chooses 「尝试迁移」 for an older workspace.
 */
export const workspaceMigrations: Readonly<Record<number, (saved: unknown) => unknown>> = {};
