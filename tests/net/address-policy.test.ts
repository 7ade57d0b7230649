import { describe, expect, it } from 'vitest';
import { refusalReason } from '../../src/net/address-policy.ts';

describe('refusalReason', () => {
  it.each([
    ['93.184.215.14'],
    ['1.1.1.1'],
    ['172.32.0.1'],
    ['100.128.0.1'],
    ['2606:4700::1111'],
    ['::ffff:8.8.8.8'],
    ['64:ff9b::808:808'],
    ['2002:0808:0808::1'],
  ])('accepts the public address %s', (address) => {
    expect(refusalReason(address)).toBeUndefined();
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.255.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::127.0.0.1', 'IPv4-compatible'],
    ['fc00::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:0a00:0001::1', 'private'],
    ['2001:db8::1', 'documentation'],
  ])('refuses %s (%s)', (address, label) => {
    expect(refusalReason(address)).toBe(label);
  });

  it('refuses what is not an address', () => {
    expect(refusalReason('example.org')).toBe('not an IP address');
  });
});
