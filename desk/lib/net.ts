// The client's address, for the per-address sign-in limit and the log.

/** The socket's address, or the last X-Forwarded-For hop when the socket is the configured proxy. */
export function clientAddress(
  socketAddress: string,
  headers: Headers,
  trustedProxy: string | undefined,
): string {
  if (trustedProxy && socketAddress === trustedProxy) {
    const hops = headers
      .get('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (hops?.length) return hops[hops.length - 1]!;
  }
  return socketAddress;
}
