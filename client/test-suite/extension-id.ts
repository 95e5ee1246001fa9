// publisher.name from package.json.
export const EXTENSION_ID = 'hostnet.hostnet';
