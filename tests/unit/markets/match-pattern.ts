/**
 * Chrome's match-pattern rule (`<scheme>://<host>/<path>`, `*` in the path any run of characters, a
 * leading `*.` in the host any subdomain), to check that a module's content-script patterns cover the
 * pages its matcher accepts, and nothing over plain HTTP.
 */
const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

export function patternCovers(pattern: string, url: URL): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : `${scheme}:` !== url.protocol)
    return false;
  if (host !== '*') {
    if (host!.startsWith('*.')) {
      const base = host!.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname + url.search);
}

export function coveredBy(patterns: readonly string[], url: string): boolean {
  const u = new URL(url);
  return patterns.some((p) => patternCovers(p, u));
}
