import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl, engineOf, mysqlUrl } from '../src/database-url';

describe('engineOf', () => {
  it('reads mysql:// and mariadb:// as MySQL, in any case', () => {
    expect(['mysql://h/db', 'mariadb://h/db', 'MySQL://h/db', ' mariadb://h/db'].map(engineOf)).toEqual([
      'mysql',
      'mysql',
      'mysql',
      'mysql',
    ]);
  });

  it('keeps every other connection string on PostgreSQL, key=value strings included', () => {
    expect(
      ['postgres://h/db', 'postgresql://h/db', 'host=/run/postgresql dbname=x', 'mysqlx://h/db'].map(
        engineOf,
      ),
    ).toEqual(['postgres', 'postgres', 'postgres', 'postgres']);
  });
});

describe('mysqlUrl', () => {
  it('turns mariadb:// into mysql:// and leaves the rest alone', () => {
    expect(mysqlUrl('mariadb://u:p@h:3306/db?charset=utf8mb4')).toBe('mysql://u:p@h:3306/db?charset=utf8mb4');
    expect(mysqlUrl('mysql://u@h/db')).toBe('mysql://u@h/db');
  });
});

describe('describeDatabaseUrl', () => {
  it('names the engine, host and database, never the user or password', () => {
    expect(describeDatabaseUrl('mariadb://root:hunter2@127.0.0.1:3306/antrean')).toBe(
      'mysql 127.0.0.1:3306/antrean',
    );
    expect(describeDatabaseUrl('postgres://app:hunter2@db:5432/antrean')).toBe('postgres db:5432/antrean');
  });

  it('says only the engine for a string that is not a URL', () => {
    expect(describeDatabaseUrl('host=/run/postgresql password=hunter2')).toBe('postgres');
  });
});
