/** What another host needs to serve the desk beside its own routes (the WhatsApp bot does). */
export { type DeskConfig, deskUsersFile, deskVariables } from './environment';
export { DESK_PATH, mountDesk } from './mount-desk';
