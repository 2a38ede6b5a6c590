/** Which server engine a `DATABASE_URL` names, and how to name that server in logs. */
export type ServerEngine = 'postgres' | 'mysql';

/** The engine a URL's scheme names: `mysql://` and `mariadb://` are MySQL; anything else stays
 * PostgreSQL, as before MySQL existed (pg also takes `key=value` strings that are not URLs). */
export function engineOf(url: string): ServerEngine {
  return /^(mysql|mariadb):\/\//i.test(url.trim()) ? 'mysql' : 'postgres';
}

/** The URL mysql2 reads: MariaDB speaks the MySQL protocol, so `mariadb://` is `mysql://`. */
export function mysqlUrl(url: string): string {
  return url.trim().replace(/^mariadb:\/\//i, 'mysql://');
}

/** Engine, host and database of a connection string, never its user or password. */
export function describeDatabaseUrl(url: string): string {
  const engine = engineOf(url);
  try {
    const parsed = new URL(url.trim());
    return `${engine} ${parsed.host}${parsed.pathname}`;
  } catch {
    return engine;
  }
}
