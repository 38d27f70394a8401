/** The addresses other computers of the room can reach this one at. */
import type { NetworkInterfaceInfo } from 'node:os';

/** Return `http://<address>:<port><base>` for every IPv4 address of the machine that is not its own loopback. */
export function listLanUrls(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, port: number, base = '/'): string[] {
  return Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => `http://${address.address}:${port}${base}`);
}
