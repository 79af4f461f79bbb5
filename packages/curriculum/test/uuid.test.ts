import { describe, expect, it } from 'vitest';
import { sha1, uuidV5 } from '../src/uuid';

const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const url = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sha1', () => {
  it('matches the FIPS 180 test vectors', () => {
    expect(hex(sha1(utf8('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(utf8('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    // 56 bytes: the padding spills into a second block.
    expect(hex(sha1(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
    // Multi-block and non-ASCII input (values from Python's hashlib).
    expect(hex(sha1(utf8('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
    expect(hex(sha1(utf8('Trata de personas: víctima')))).toBe('77a7a6eeaf9b0cab829247d47338b57c76fa079d');
  });
});

describe('uuidV5', () => {
  // Expected values computed with Python's uuid.uuid5, an independent implementation.
  it('gives the RFC 9562 name-based UUIDs', () => {
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('', dns)).toBe('4ebd0208-8328-5d69-8c44-ec50939c0967');
    expect(uuidV5('x'.repeat(200), dns)).toBe('ddcc691a-b8e2-53e5-b059-6a232874b2eb');
  });

  it('encodes names as UTF-8', () => {
    expect(uuidV5('https://ruta.example/ñandú', url)).toBe('c9f8a90b-9284-5228-a697-3c9e07a1f08c');
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('a', 'not-a-uuid')).toThrow('namespace "not-a-uuid" is not a UUID');
  });
});
