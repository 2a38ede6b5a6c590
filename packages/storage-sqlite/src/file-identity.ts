import { statSync } from 'node:fs';

/** Which file a database was opened on: its path and the device and inode behind it then. */
export interface FileIdentity {
  readonly path: string;
  readonly device: bigint;
  readonly inode: bigint;
}

/** The identity of the file at `path` now (throws what `stat` throws). */
export const identifyFile = (path: string): FileIdentity => {
  const found = statSync(path, { bigint: true });
  return { path, device: found.dev, inode: found.ino };
};

/**
 * Why the file at the path is no longer the one opened, or undefined while it is. An open
 * connection keeps writing to a deleted or renamed-over file without any error, so bookings
 * would be confirmed into a file no later process ever sees; one `stat` tells.
 */
export const fileProblem = (opened: FileIdentity): string | undefined => {
  const now = statSync(opened.path, { bigint: true, throwIfNoEntry: false });
  if (!now) return `the database file ${opened.path} was deleted under the running store`;
  if (now.dev !== opened.device || now.ino !== opened.inode) {
    return `the database file ${opened.path} was replaced under the running store`;
  }
  return undefined;
};
