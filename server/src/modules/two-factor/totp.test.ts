import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, generateSecret, hotp, matchingStep, otpauthUri, totp } from './totp.js';

// RFC 6238 appendix B: the SHA1 secret is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 test vectors (8 digits, SHA1)', () => {
    const vectors: Array<[number, string]> = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) expect(totp(RFC_SECRET, seconds * 1000, 8)).toBe(code);
  });

  it('matches the RFC 4226 HOTP vectors', () => {
    const secret = Buffer.from('12345678901234567890');
    const codes = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(codes.map((_, counter) => hotp(secret, counter))).toEqual(codes);
  });

  it('round-trips base32 and makes 160-bit secrets', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    // Lower case, spaces and dashes (as apps and people write secrets) decode the same.
    expect(base32Decode('gezd gnbv-gy3t')).toEqual(base32Decode('GEZDGNBVGY3T'));
    expect(base32Decode('GEZDGNBVGY3TQOJQ').toString()).toBe('1234567890');
  });

  it('accepts the current step and one on either side, nothing further, and only six digits', () => {
    const now = 1_800_000_000_000;
    const secret = generateSecret();
    expect(matchingStep(secret, totp(secret, now), now)).toBe(Math.floor(now / 30_000));
    expect(matchingStep(secret, totp(secret, now - 30_000), now)).not.toBeNull();
    expect(matchingStep(secret, totp(secret, now + 30_000), now)).not.toBeNull();
    expect(matchingStep(secret, totp(secret, now - 90_000), now)).toBeNull();
    expect(matchingStep(secret, '12345', now)).toBeNull();
    expect(matchingStep(secret, '1234567', now)).toBeNull();
  });

  it('writes the otpauth URI that authenticator apps scan', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'agent@example.com', 'Support Desk')).toBe(
      'otpauth://totp/Support%20Desk%3Aagent%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Support+Desk&algorithm=SHA1&digits=6&period=30',
    );
  });
});
