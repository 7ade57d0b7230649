import { describe, expect, it } from 'vitest';
import { oauthHeader, oauthSignature, parseOAuthHeader, percentEncode } from '../../src/platforms/oauth1.ts';

describe('OAuth 1.0a signing', () => {
  // The worked example from X's "Creating a signature" guide (developer.x.com, authentication).
  it("reproduces X's documented example signature", () => {
    const params: Array<[string, string]> = [
      ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'],
      ['oauth_consumer_key', 'xvz1evFS4wEEPTGEFPHBog'],
      ['oauth_nonce', 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1318622958'],
      ['oauth_token', '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
      ['oauth_version', '1.0'],
    ];
    const signature = oauthSignature(
      'post',
      'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
      params,
      'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
      'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
    );
    expect(signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it('percent-encodes the characters encodeURIComponent leaves alone', () => {
    expect(percentEncode("a!b'c(d)e*f ~")).toBe('a%21b%27c%28d%29e%2Af%20~');
  });

  it('builds a header whose parameters parse back, signature included', () => {
    const keys = { consumerKey: 'k', consumerSecret: 's', token: 't', tokenSecret: 'u' };
    const header = oauthHeader('GET', 'https://api.x.com/2/users/me', keys, { nonce: 'n', timestamp: '1' });
    const parsed = parseOAuthHeader(header);
    expect(parsed.get('oauth_nonce')).toBe('n');
    const unsigned = [...parsed].filter(([k]) => k !== 'oauth_signature');
    expect(parsed.get('oauth_signature')).toBe(oauthSignature('GET', 'https://api.x.com/2/users/me', unsigned, 's', 'u'));
  });
});
