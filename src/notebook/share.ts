/**
 * Code in a link: deflated (the zlib format, whose checksum catches a damaged link), then
 * base64url, so it survives in a URL fragment and never reaches a server.
 */

/** Longest link payload accepted, in characters: well under what browsers and chat apps keep of a URL. */
export const MAX_SHARE_LENGTH = 12_000;

export type Decoded = { ok: true; code: string } | { ok: false; message: string };

const DAMAGED = 'This share link is damaged (it may have been cut short when copied), so its code could not be read. The cell shows its original code.';

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

export async function encodeCode(code: string): Promise<{ ok: true; payload: string } | { ok: false; message: string }> {
  const deflated = await through(new TextEncoder().encode(code), new CompressionStream('deflate'));
  let binary = '';
  for (const byte of deflated) binary += String.fromCharCode(byte);
  const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  if (payload.length > MAX_SHARE_LENGTH) return { ok: false, message: `This code is too long to share as a link (${payload.length} characters; at most ${MAX_SHARE_LENGTH}). Export it as a file instead.` };
  return { ok: true, payload };
}

export async function decodeCode(payload: string): Promise<Decoded> {
  if (payload.length > MAX_SHARE_LENGTH) return { ok: false, message: `This share link is too long to read (at most ${MAX_SHARE_LENGTH} characters). The cell shows its original code.` };
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, message: DAMAGED };
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const inflated = await through(bytes, new DecompressionStream('deflate'));
    return { ok: true, code: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: DAMAGED };
  }
}

/** The fragment of a share link: `#share=<cell>.<payload>`. */
export function shareFragment(cell: string, payload: string): string {
  return `#share=${cell}.${payload}`;
}

/** The cell and payload of a share fragment, if the fragment is one. */
export function readShareFragment(hash: string): { cell: string; payload: string } | undefined {
  const match = /^#share=([a-z0-9]+(?:-[a-z0-9]+)*)\.(.*)$/.exec(hash);
  return match ? { cell: match[1]!, payload: match[2]! } : undefined;
}
