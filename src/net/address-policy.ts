// Which IP addresses untrusted URLs may reach: public unicast only. Loopback, private, link-local,
// carrier-grade NAT, multicast, unspecified, documentation and reserved ranges are refused, in IPv4,
// in IPv6, and inside IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4).
import { BlockList, isIP } from 'node:net';

const RANGES: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'ipv4', 'documentation'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['198.51.100.0', 24, 'ipv4', 'documentation'],
  ['203.0.113.0', 24, 'ipv4', 'documentation'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  // IPv4-compatible (deprecated); IPv4-mapped ::ffff:0:0/96 is matched against the IPv4 rules by BlockList.
  ['::', 96, 'ipv6', 'IPv4-compatible'],
  ['64:ff9b:1::', 48, 'ipv6', 'local NAT64'],
  ['100::', 64, 'ipv6', 'discard'],
  ['2001:db8::', 32, 'ipv6', 'documentation'],
  ['fc00::', 7, 'ipv6', 'unique local'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'site-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const BLOCKS = RANGES.map(([network, prefix, family, label]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, label };
});

/** Why an address may not be fetched from, or undefined when it is a public address. */
export function refusalReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, label } of BLOCKS) if (list.check(address, type)) return label;
  const embedded = family === 6 ? embeddedIpv4(address) : undefined;
  return embedded ? refusalReason(embedded) : undefined;
}

/** The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
function embeddedIpv4(address: string): string | undefined {
  const nat64 = new BlockList();
  nat64.addSubnet('64:ff9b::', 96, 'ipv6');
  const sixToFour = new BlockList();
  sixToFour.addSubnet('2002::', 16, 'ipv6');
  const words = expandIpv6(address);
  if (nat64.check(address, 'ipv6')) return wordsToIpv4(words[6]!, words[7]!);
  if (sixToFour.check(address, 'ipv6')) return wordsToIpv4(words[1]!, words[2]!);
  return undefined;
}

function expandIpv6(address: string): number[] {
  const [head = '', tail = ''] = address.split('::');
  const part = (text: string) => (text === '' ? [] : text.split(':').map((word) => parseInt(word, 16)));
  const start = part(head);
  const end = address.includes('::') ? part(tail) : [];
  return [...start, ...new Array(8 - start.length - end.length).fill(0), ...end];
}

function wordsToIpv4(high: number, low: number): string {
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
