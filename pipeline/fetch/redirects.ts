// Which redirects the fetcher follows. A government site moving a page within its own domain (http → https,
// www.x.gov.cn → x.gov.cn, /old → /new) is normal; one sending the request to another organisation's host, another
// port or another scheme is not what the sources list asked for, so it is refused unless that host is allowed.
import { isIP } from "node:net";

// second-level labels under a country code that are registries, not organisations: x.gov.cn, x.com.cn, x.edu.cn
const REGISTRY_LABELS = new Set(["gov", "com", "net", "org", "edu", "ac", "mil", "co"]);

/** The domain an organisation registers: the last two labels, or three under gov.cn/com.cn-style registries. IP
 * addresses and single-label hosts are their own. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "").replace(/^\[|\]$/g, "");
  if (isIP(h)) return h;
  const labels = h.split(".");
  const n = labels.length >= 3 && labels.at(-1)!.length === 2 && REGISTRY_LABELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-n).join(".");
}

const DEFAULT_PORT: Record<string, string> = { "http:": "80", "https:": "443" };
const portOf = (u: URL) => u.port || DEFAULT_PORT[u.protocol] || "";

/** `entry` allows `host`: the same host, or a domain it lies under ("example.cn" allows "www.example.cn"). */
function allowed(host: string, allow: readonly string[]): boolean {
  const h = host.toLowerCase();
  return allow.some((a) => {
    const e = a.trim().toLowerCase().replace(/^\*?\./, "");
    return !!e && (h === e || h.endsWith(`.${e}`));
  });
}

/** Why the redirect from `from` (the current hop) to `to` is not followed, or null when it is. `origin` is the
 * address the sources list gave. */
export function refuseRedirect(origin: URL, from: URL, to: URL, allow: readonly string[] = []): string | null {
  if (to.protocol !== "http:" && to.protocol !== "https:") return `redirect to ${to.protocol} refused (only http and https)`;
  if (to.username || to.password) return "redirect to an address with credentials refused";
  const sameDomain = registrableDomain(to.hostname) === registrableDomain(origin.hostname);
  if (!sameDomain && !allowed(to.hostname, allow)) {
    return `redirect to another site refused: ${to.host} is not under ${registrableDomain(origin.hostname)} (allow it with --allow ${to.hostname})`;
  }
  // a port other than the one in use or the scheme's default is another service on that host
  if (portOf(to) !== portOf(from) && to.port !== "") return `redirect to port ${to.port} of ${to.hostname} refused`;
  return null;
}
