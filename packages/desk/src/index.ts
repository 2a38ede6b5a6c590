/**
 * antrean's counter desk: a Hono app a host mounts (`host.route('/desk', desk.app)`) with the
 * check-in, queue numbers, counters, waiting-room display, day view and audit trail, plus the users
 * file's tools (scrypt hashes, `addUser`).
 */

export { MIN_SECRET_LENGTH } from './check-options';
export { createDesk, type DeskApp } from './create-desk';
export type { DeskConfigError, DeskEvent, DeskOffice, DeskOptions, DeskStore } from './desk-options';
export type { DisplayStreamLimits } from './http/stream-caps';
export { type AddUserError, addUser, MIN_PASSWORD_LENGTH, type NewDeskUser } from './users/add-user';
export type { DeskRole, DeskUser } from './users/desk-user';
export { hashPassword, type ScryptCost, verifyPassword } from './users/password-hash';
export { loadUsersFile, parseUsersFile, type UsersFileInvalid } from './users/users-file';
