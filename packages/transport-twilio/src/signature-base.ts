import type { FormFields } from './form';

/**
 * The string Twilio signs: the URL, then every field sorted by name (code unit order), each as
 * name followed by value with no separator. A name sent more than once contributes each of its
 * distinct values once, sorted, as Twilio's own libraries do.
 */
export function signatureBase(url: string, fields: FormFields): string {
  const values = new Map<string, Set<string>>();
  for (const [name, value] of fields) {
    const set = values.get(name) ?? new Set<string>();
    set.add(value);
    values.set(name, set);
  }
  const names = [...values.keys()].sort();
  return names.reduce(
    (base, name) =>
      base + [...(values.get(name) ?? [])].sort().reduce((part, value) => part + name + value, ''),
    url,
  );
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'https:': '443', 'http:': '80' };

/**
 * The URLs a signature may have been computed over: the configured one as written, and the same
 * with the scheme's default port written out or left out (Twilio's libraries accept both forms,
 * since what Twilio signs depends on how the webhook URL was typed into its console).
 */
export function urlVariants(publicUrl: string): readonly string[] {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    return [publicUrl];
  }
  const port = DEFAULT_PORTS[url.protocol];
  if (port === undefined || (url.port !== '' && url.port !== port)) return [publicUrl];
  // Built from the text as written: `URL` would also normalise case and escapes Twilio signed.
  const hostStart = publicUrl.indexOf('//') + 2;
  const pathOffset = publicUrl.slice(hostStart).search(/[/?#]/);
  const hostEnd = pathOffset < 0 ? publicUrl.length : hostStart + pathOffset;
  const host = publicUrl.slice(hostStart, hostEnd).replace(/:\d*$/, '');
  const [head, tail] = [publicUrl.slice(0, hostStart), publicUrl.slice(hostEnd)];
  return [...new Set([publicUrl, `${head}${host}${tail}`, `${head}${host}:${port}${tail}`])];
}
