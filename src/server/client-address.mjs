// The address a request really comes from, for rate limits. `X-Forwarded-For` is written by
// whoever sends the request, so it is believed only from a proxy the operator names in TRUST_PROXY.

/** `::ffff:10.0.0.1` and `10.0.0.1` are one IPv4 address. @param {string} address */
const plain = (address) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();

/**
 * The proxies named by TRUST_PROXY: addresses separated by commas (`127.0.0.1,::1`).
 * @param {string | undefined} setting
 * @returns {Set<string>}
 */
export function trustedProxies(setting) {
  return new Set((setting ?? '').split(',').map(plain).filter(Boolean));
}

/**
 * The client's address: the connection's peer, unless that peer is a trusted proxy; then the
 * nearest address in `X-Forwarded-For` (read from the right, as each proxy appends) that is not
 * itself a trusted proxy.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwarded the X-Forwarded-For header(s)
 * @param {Set<string>} trusted from {@link trustedProxies}
 * @returns {string}
 */
export function clientAddress(peer, forwarded, trusted) {
  const direct = plain(peer ?? '');
  if (!trusted.has(direct) || forwarded === undefined) return direct;
  const chain = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').map(plain).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) if (!trusted.has(chain[i])) return chain[i];
  return chain[0] ?? direct;
}
