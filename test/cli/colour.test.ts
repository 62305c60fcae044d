import { expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

async function report(io: Partial<CliIo>): Promise<string> {
  let out = '';
  await run(['evaluate', 'examples/ankang-2020.json', '--baseline', 'examples/ankang-2019.json'], {
    stdout: (content) => (out += typeof content === 'string' ? content : '(bytes)'),
    stderr: () => undefined,
    readStdin: () => Promise.resolve(new Uint8Array()),
    isTTY: false,
    env: {},
    ...io,
  });
  return out;
}

it('colours the status marks on a terminal, and never when NO_COLOR is set', async () => {
  expect(await report({ isTTY: true })).toContain('\u001b[31m\u001b[1m✘ 未达标\u001b[0m');
  expect(await report({ isTTY: true, env: { NO_COLOR: '1' } })).not.toContain('\u001b[');
  expect(await report({ isTTY: false })).not.toContain('\u001b[');
});
