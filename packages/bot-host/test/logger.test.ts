import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';

const capture = () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
};

describe('createLogger', () => {
  it('redacts numbers, names, birth dates and text at the top and one level down', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ name: 'test', level: 'info', destination });
    logger.info(
      {
        from: '6281299004406',
        text: '#BUDI#25011987#02122026',
        booking: { name: 'BUDI', birthDate: '1987-01-25', to: '+6281299004406' },
        outcome: 'confirmed',
      },
      'handled',
    );
    const line = lines.join('');
    for (const secret of ['6281299004406', 'BUDI', '1987-01-25', '#BUDI']) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      bot: 'test',
      booking: { name: '[redacted]' },
      outcome: 'confirmed',
      from: '[redacted]',
      msg: 'handled',
    });
  });

  it('writes nothing below its level', () => {
    const { lines, destination } = capture();
    createLogger({ name: 'test', level: 'warn', destination }).info('quiet');
    expect(lines).toEqual([]);
  });
});
