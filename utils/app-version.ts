import { version } from '../package.json';

/** The extension's version (package.json is the manifest's source), written into backups. */
export const APP_VERSION: string = version;
