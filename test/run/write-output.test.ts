import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverInterruptedWrite, writeFileAtomically, writeFolderAtomically } from '../../src/run/write-output.ts';
import { isOwnOutputFolder, OUTPUT_MARKER } from '../../src/ingest/own-output.ts';
import { InputError } from '../../src/util/errors.ts';
import { workspace } from './cli-workspace.ts';

/** The pid of a process that has ended: what a kill -9 leaves in temporary names. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('writeFolderAtomically(dir, files)', () => {
  it('marks the folder as dutylens output, and replaces only such folders', async () => {
    const ws = await workspace({ 'mine/keep.txt': 'mine\n' });
    await writeFolderAtomically(join(ws, 'out'), [{ path: 'a.md', content: '# a\n' }]);
    expect((await readdir(join(ws, 'out'))).sort()).toEqual([OUTPUT_MARKER, 'a.md']);
    expect(isOwnOutputFolder(join(ws, 'out'))).toBe(true);
    await writeFolderAtomically(join(ws, 'out'), [{ path: 'b.md', content: '# b\n' }]);
    expect((await readdir(join(ws, 'out'))).sort()).toEqual([OUTPUT_MARKER, 'b.md']);
    await expect(writeFolderAtomically(join(ws, 'mine'), [{ path: 'a.md', content: '# a\n' }])).rejects.toThrow(InputError);
    expect(await readdir(join(ws, 'mine'))).toEqual(['keep.txt']);
  });

  it('removes its temporary folder when a write fails, and leaves the previous report as it was', async () => {
    const ws = await workspace({});
    await writeFolderAtomically(join(ws, 'out'), [{ path: 'a.md', content: '# a\n' }]);
    function* failing(): Generator<string> {
      yield 'half';
      throw new Error('renderer failed');
    }
    await expect(writeFolderAtomically(join(ws, 'out'), [{ path: 'b.md', chunks: failing() }])).rejects.toThrow('renderer failed');
    expect(await readdir(ws)).toEqual(['out']);
    expect(await readFile(join(ws, 'out', 'a.md'), 'utf8')).toBe('# a\n');
  });
});

describe('recoverInterruptedWrite(target)', () => {
  it('puts back the previous report a kill set aside, and removes the half-written copy', async () => {
    const ws = await workspace({});
    const pid = deadPid();
    await mkdir(join(ws, `.out.old-${pid}`));
    await writeFile(join(ws, `.out.old-${pid}`, 'a.md'), '# previous\n');
    await mkdir(join(ws, `.out.tmp-${pid}`));
    await writeFile(join(ws, `.out.tmp-${pid}`, 'a.md'), '# half\n');
    await recoverInterruptedWrite(join(ws, 'out'));
    expect(await readdir(ws)).toEqual(['out']);
    expect(await readFile(join(ws, 'out', 'a.md'), 'utf8')).toBe('# previous\n');
  });

  it('leaves the temporary files of a write still running, and of other targets, alone', async () => {
    const ws = await workspace({});
    const kept = [`.out.tmp-${process.ppid}`, `.outer.tmp-${deadPid()}`];
    for (const name of kept) await mkdir(join(ws, name));
    await recoverInterruptedWrite(join(ws, 'out'));
    expect((await readdir(ws)).sort()).toEqual([...kept].sort());
  });
});

describe('writeFileAtomically(file, content)', () => {
  it('names a file in the way of its folder, and a folder in the way of the file', async () => {
    const ws = await workspace({ docs: 'a file\n', 'dir/x.txt': 'x\n' });
    await expect(writeFileAtomically(join(ws, 'docs', 'a.json'), '{}')).rejects.toMatchObject({ file: join(ws, 'docs'), message: expect.stringContaining('is a file, not a folder') });
    await expect(writeFileAtomically(join(ws, 'dir'), '{}')).rejects.toMatchObject({ file: join(ws, 'dir'), message: expect.stringContaining('is a folder') });
    expect(existsSync(join(ws, 'dir', 'x.txt'))).toBe(true);
    expect(await readFile(join(ws, 'docs'), 'utf8')).toBe('a file\n');
  });
});
