import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUser, loadUsersFile } from '../src';
import { replaceFile } from '../src/users/replace-file';

const siti = { name: 'siti', role: 'officer', office: 'A', password: 'kata-sandi-1' } as const;
const rina = { name: 'rina', role: 'supervisor', office: 'A', password: 'kata-sandi-2' } as const;

describe('addUser writes the users file safely', () => {
  const root = mkdtempSync(join(tmpdir(), 'antrean-add-user-'));
  let folders = 0;
  const folder = (): string => {
    folders += 1;
    const dir = join(root, String(folders));
    rmSync(dir, { recursive: true, force: true });
    return mkdtempSync(`${dir}-`);
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a users file that is a symbolic link, and leaves the link and its target untouched', async () => {
    const dir = folder();
    const target = join(dir, 'elsewhere.txt');
    writeFileSync(target, 'not yours\n');
    const file = join(dir, 'users.json');
    symlinkSync(target, file);
    const refused = await addUser(file, siti);
    expect(refused._unsafeUnwrapErr()).toEqual({
      type: 'UsersFileIsLink',
      message: 'is a symbolic link: give the path of the file itself',
    });
    expect(readFileSync(target, 'utf8')).toBe('not yours\n');
    expect(readdirSync(dir).sort()).toEqual(['elsewhere.txt', 'users.json']);
  });

  it('writes mode 0600 even over a file that had wider permissions, leaving nothing else in the folder', async () => {
    const dir = folder();
    const file = join(dir, 'users.json');
    (await addUser(file, siti))._unsafeUnwrap();
    chmodSync(file, 0o644);
    (await addUser(file, rina))._unsafeUnwrap();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await loadUsersFile(file))._unsafeUnwrap().map((user) => user.name)).toEqual(['siti', 'rina']);
    expect(readdirSync(dir)).toEqual(['users.json']);
  });

  it("never follows a link planted at the process's predictable temporary name", async () => {
    const dir = folder();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const file = join(dir, 'users.json');
    symlinkSync(victim, `${file}.${process.pid}.tmp`);
    (await addUser(file, siti))._unsafeUnwrap();
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await loadUsersFile(file))._unsafeUnwrap().map((user) => user.name)).toEqual(['siti']);
  });

  it('leaves no temporary file behind when the rename fails', async () => {
    const dir = folder();
    const file = join(dir, 'users.json');
    // A folder at the target's path: the temporary file is written, and renaming it over fails.
    mkdirSync(join(file, 'inside'), { recursive: true });
    await expect(replaceFile(file, '{"users":[]}\n')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['users.json']);
  });
});
