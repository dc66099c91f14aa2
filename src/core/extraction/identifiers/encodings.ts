/**
 * Address encodings of the crypto extractor, implemented from their specifications: Base58Check
 * (Bitcoin wiki, "Base58Check encoding": version byte, payload, 4 bytes of double SHA-256),
 * Bech32 (BIP 173) and Bech32m (BIP 350), and EIP-55 mixed-case checksums for Ethereum.
 * Hashes come from @noble/hashes (pure JavaScript, so the core stays free of node:crypto).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 to bytes (leading "1"s are zero bytes), or null on a character outside the alphabet. */
export function base58Decode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of text) {
    let carry = BASE58.indexOf(ch);
    if (carry < 0) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** The payload of a Base58Check string (version byte first) when its checksum holds. */
export function base58CheckDecode(text: string): Uint8Array | null {
  const bytes = base58Decode(text);
  if (bytes === null || bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[payload.length + i]) return null;
  return payload;
}

const BECH32_CHARS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i]!;
  }
  return chk >>> 0;
}

export interface SegwitAddress {
  hrp: string;
  version: number;
  program: Uint8Array;
  encoding: 'bech32' | 'bech32m';
}

/** Converts 5-bit groups to bytes (BIP 173 "convertbits"), null when padding is not zero. */
function fromWords(words: readonly number[]): Uint8Array | null {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  for (const w of words) {
    acc = (acc << 5) | w;
    bits += 5;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  if (bits >= 5 || ((acc << (8 - bits)) & 0xff) !== 0) return null;
  return Uint8Array.from(out);
}

/**
 * A segwit address (BIP 173/350): one case only, version 0 with Bech32 and a 20- or 32-byte
 * program, versions 1-16 with Bech32m and 2 to 40 bytes.
 */
export function decodeSegwit(address: string): SegwitAddress | null {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return null;
  const text = address.toLowerCase();
  const sep = text.lastIndexOf('1');
  if (sep < 1 || text.length > 90 || text.length - sep - 1 < 6) return null;
  const hrp = text.slice(0, sep);
  const data: number[] = [];
  for (const ch of text.slice(sep + 1)) {
    const v = BECH32_CHARS.indexOf(ch);
    if (v < 0) return null;
    data.push(v);
  }
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >> 5);
  expanded.push(0, ...[...hrp].map((c) => c.charCodeAt(0) & 31));
  const check = polymod([...expanded, ...data]);
  const encoding = check === BECH32_CONST ? 'bech32' : check === BECH32M_CONST ? 'bech32m' : null;
  if (encoding === null) return null;
  const version = data[0]!;
  const program = fromWords(data.slice(1, -6));
  if (program === null || version > 16) return null;
  if (version === 0 && (encoding !== 'bech32' || (program.length !== 20 && program.length !== 32)))
    return null;
  if (version > 0 && (encoding !== 'bech32m' || program.length < 2 || program.length > 40))
    return null;
  return { hrp, version, program, encoding };
}

/** EIP-55: a hex letter is upper case when the matching nibble of keccak256(lower hex) is ≥ 8. */
export function eip55Checksum(address: string): string {
  const hex = address.slice(2).toLowerCase();
  const hash = keccak_256(new TextEncoder().encode(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    out += nibble >= 8 ? hex[i]!.toUpperCase() : hex[i]!;
  }
  return out;
}
