import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, test } from 'vitest';
import { listLanUrls } from '../../../scripts/lan-addresses';

const address = (ip: string, family: 'IPv4' | 'IPv6', internal = false) => ({ address: ip, family, internal }) as NetworkInterfaceInfo;

describe('listLanUrls', () => {
  test('returns every outward IPv4 address with the port', () => {
    const interfaces = { lo: [address('127.0.0.1', 'IPv4', true)], eth0: [address('192.168.1.23', 'IPv4'), address('fe80::1', 'IPv6')], wlan0: [address('10.0.0.8', 'IPv4')] };
    expect(listLanUrls(interfaces, 4321)).toEqual(['http://192.168.1.23:4321/', 'http://10.0.0.8:4321/']);
  });

  test('returns the addresses under the base the site was built for', () => {
    expect(listLanUrls({ eth0: [address('192.168.1.23', 'IPv4')] }, 8080, '/kaowu/')).toEqual(['http://192.168.1.23:8080/kaowu/']);
  });

  test('returns nothing for a machine on no network', () => {
    expect(listLanUrls({ lo: [address('127.0.0.1', 'IPv4', true)], down: undefined }, 4321)).toEqual([]);
  });
});
