import { createHash } from 'node:crypto';

/**
 * The public half of the extension's signing key, as the manifest `key`
 * (base64 DER, SubjectPublicKeyInfo). It pins the extension id for builds
 * loaded unpacked, so the id is known at build time: Google Docs enables its
 * annotated-text API per extension id, and our page-world script has to name
 * that id before Docs' own scripts run, where `chrome.runtime.id` does not
 * exist. The private key is not needed for unpacked builds and is not kept
 * in the repository. A Chrome Web Store listing has its own key: put the
 * listing's public key here and the id below follows.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0FQDVIgMtV6u3l+wXDALjFRTKkiNMJyuXluOZZfePv21H6tAlX02UnBHS+K/+fc7jNFV0kwm/CHVr941+rJP/kC8MeBB1xpc4GGF0lbMy9hz9TXm5EFLqZA+psc9x1JAi2z5as1ftcLYfCxtU7ry0hhgUZamm0WHE1vHG2L4s1fufpS2mLEkJINMMH53KWd8f8dFfjQCZIX1C3CBLsWoswHj4RJgj2SFWCzig3/XpfJjdeBnWzWba1HIy8w6xedl9aUk/6Tqyn1mNAgaxDso9EoYYhPMsjMhedDLwgeE7HFkPSi6DLSHvtFzYbq0NmLZa485Zk590CnKs9NyFgTZCQIDAQAB';

/**
 * The id Chrome gives an extension with this public key: the first 32 hex
 * digits of the SHA-256 of the DER key, each digit 0–f written as a–p.
 */
export function extensionIdFromPublicKey(base64Der: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex');
  return Array.from(digest.slice(0, 32), (digit) =>
    String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16)),
  ).join('');
}

/** The extension id of every Chrome build of this repository. */
export const PINNED_EXTENSION_ID = extensionIdFromPublicKey(EXTENSION_PUBLIC_KEY);
