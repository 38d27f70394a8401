import { describe, expect, test } from 'vitest';
import { certificate, newsChannels } from '../../../../src/domain/certificate/facts';

describe('newsChannels', () => {
  test.each([
    { name: 'issuer website', url: certificate.issuerWebsite },
    { name: 'platform', url: certificate.platformUrl },
  ])('lists the $name at the address the certificate facts give', ({ url }) => {
    expect(newsChannels.map((channel) => ('url' in channel ? channel.url : undefined))).toContain(url);
  });

  test('gives every web address as an https or http URL', () => {
    for (const channel of newsChannels) if ('url' in channel) expect(() => new URL(channel.url)).not.toThrow();
  });
});
