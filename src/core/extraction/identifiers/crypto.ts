/**
 * Crypto-currency addresses, each kept only when its own check holds: Bitcoin legacy and script
 * addresses (Base58Check, version 0x00 or 0x05), Bitcoin segwit (Bech32/Bech32m, "bc1"), TRON
 * (Base58Check, version 0x41, starting with "T"), Ethereum (EIP-55 when written in mixed case;
 * an all-lower or all-upper address has no checksum to test and is less certain).
 */
import type { Extracted, Extractor } from '../types.js';
import { base58CheckDecode, decodeSegwit, eip55Checksum } from './encodings.js';
import { span } from './scan.js';

const B58 = '[1-9A-HJ-NP-Za-km-z]';
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[13]${B58}{25,34}|T${B58}{33}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}|0x[0-9a-fA-F]{40})(?![\p{L}\p{N}])`,
  'gu',
);

type Reading = { value: string; chain: string; format: string; confidence: number };

function read(address: string): Reading | null {
  if (address.startsWith('0x')) {
    const hex = address.slice(2);
    if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) {
      return { value: address.toLowerCase(), chain: 'ethereum', format: 'hex', confidence: 0.75 };
    }
    if (eip55Checksum(address) !== address) return null;
    return { value: address.toLowerCase(), chain: 'ethereum', format: 'eip55', confidence: 0.97 };
  }
  if (/^bc1/i.test(address)) {
    const segwit = decodeSegwit(address);
    if (segwit === null || segwit.hrp !== 'bc') return null;
    return {
      value: address.toLowerCase(),
      chain: 'bitcoin',
      format: segwit.encoding,
      confidence: 0.97,
    };
  }
  const payload = base58CheckDecode(address);
  if (payload === null || payload.length !== 21) return null;
  const version = payload[0];
  if (address.startsWith('T') && version === 0x41)
    return { value: address, chain: 'tron', format: 'base58check', confidence: 0.97 };
  if (
    (address.startsWith('1') && version === 0x00) ||
    (address.startsWith('3') && version === 0x05)
  )
    return { value: address, chain: 'bitcoin', format: 'base58check', confidence: 0.97 };
  return null;
}

export const extractCrypto: Extractor = (text) => {
  const found: Extracted[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    const reading = read(m[0]);
    if (reading === null) continue;
    found.push(
      span(
        text,
        m.index,
        m.index + m[0].length,
        'crypto',
        reading.value,
        'identifiers/crypto',
        reading.confidence,
        {
          chain: reading.chain,
          format: reading.format,
        },
      ),
    );
  }
  return found;
};
