import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUser, hashPassword, loadUsersFile, parseUsersFile, verifyPassword } from '../src';

const cheap = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('hash with scrypt in the users-file format, a fresh salt each time, and verify only the right password', async () => {
    const one = await hashPassword('kata-sandi', cheap);
    const two = await hashPassword('kata-sandi', cheap);
    expect(one).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(one).not.toBe(two);
    expect(await verifyPassword('kata-sandi', one)).toBe(true);
    expect(await verifyPassword('kata-sandi ', one)).toBe(false);
    expect(await verifyPassword('kata-sandi', 'scrypt$3$8$1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('kata-sandi', 'plain')).toBe(false);
  });
});

describe('the users file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-users-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is created by addUser (mode 600), grows by one account each time, and refuses a name twice', async () => {
    const file = join(dir, 'users.json');
    const siti = await addUser(file, {
      name: 'siti',
      role: 'officer',
      office: 'A',
      password: 'kata-sandi-1',
    });
    expect(siti.isOk()).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await addUser(file, { name: 'rina', role: 'supervisor', office: 'A', password: 'kata-sandi-2' });
    const users = (await loadUsersFile(file))._unsafeUnwrap();
    expect(users.map((u) => [u.name, u.role, u.office])).toEqual([
      ['siti', 'officer', 'A'],
      ['rina', 'supervisor', 'A'],
    ]);
    expect(await verifyPassword('kata-sandi-2', users[1]?.passwordHash ?? '')).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('kata-sandi');
    const again = await addUser(file, {
      name: 'siti',
      role: 'officer',
      office: 'A',
      password: 'kata-sandi-3',
    });
    expect(again._unsafeUnwrapErr()).toEqual({ type: 'UserExists', name: 'siti' });
  });

  it('refuses short passwords, odd names and roles before writing', async () => {
    const file = join(dir, 'other.json');
    const short = await addUser(file, { name: 'eko', role: 'officer', office: 'A', password: 'pendek' });
    const spaced = await addUser(file, {
      name: 'e ko',
      role: 'officer',
      office: 'A',
      password: 'kata-sandi-1',
    });
    expect([short._unsafeUnwrapErr().type, spaced._unsafeUnwrapErr().type]).toEqual([
      'InvalidUser',
      'InvalidUser',
    ]);
    expect((await loadUsersFile(file))._unsafeUnwrapErr().type).toBe('UsersFileInvalid');
  });

  it('refuses files that are not JSON, lack fields, hold a plain password or a name twice', () => {
    const hash = 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    const user = { name: 'siti', role: 'officer', office: 'A', passwordHash: hash };
    expect(parseUsersFile(JSON.stringify({ users: [user] })).isOk()).toBe(true);
    for (const text of [
      'not json',
      '{}',
      JSON.stringify({ users: [{ ...user, role: 'admin' }] }),
      JSON.stringify({ users: [{ ...user, passwordHash: 'rahasia' }] }),
      JSON.stringify({ users: [user, user] }),
    ])
      expect(parseUsersFile(text)._unsafeUnwrapErr().type).toBe('UsersFileInvalid');
  });
});
