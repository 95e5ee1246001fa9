// The version every result and `--version` reports, from package.json.
import manifest from '../package.json';

export const VERSION: string = manifest.version;
