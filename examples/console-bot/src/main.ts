import { createInterface } from 'node:readline';
import { createBookingService, nanoidCodeGenerator, systemClock } from '@antrean/core';
import { fixedClock } from '@antrean/core/testing';
import { createConversation } from './conversation';
import { describeLoadError, loadOffice } from './load-office';
import { createOfficerCommands } from './officer-commands';
import { openStore } from './open-store';
import { HELP_TEXT, parseBotArgs } from './parse-args';

// The bot's entry point: read flags, open the office and the store, then answer line by line.
async function main(): Promise<number> {
  const args = parseBotArgs(process.argv.slice(2));
  if (args.isErr()) {
    process.stderr.write(`${args.error.message}\n\n${HELP_TEXT}`);
    return 2;
  }
  const options = args.value;
  if (options.help) {
    process.stdout.write(HELP_TEXT);
    return 0;
  }
  const office = await loadOffice(options.officeFile);
  if (office.isErr()) {
    process.stderr.write(`${describeLoadError(office.error)}\n`);
    return 2;
  }
  const store = openStore(options.db);
  if (store.isErr()) {
    process.stderr.write(`${store.error.message}\n`);
    return 1;
  }
  const clock = options.now ? fixedClock(options.now) : systemClock;
  const service = createBookingService({
    office: office.value,
    store: store.value,
    clock,
    generateCode: nanoidCodeGenerator,
    ...(options.language ? { language: options.language } : {}),
  });
  const interactive = Boolean(process.stdin.isTTY) && !options.json;
  const conversation = createConversation(
    service,
    {
      json: options.json,
      from: options.from,
      now: () => clock.now(),
      officer: createOfficerCommands(
        service,
        office.value,
        () => clock.now(),
        (text) => process.stderr.write(text),
      ),
    },
    { out: (text) => process.stdout.write(text), info: (text) => process.stderr.write(text) },
  );
  // Only a terminal gets the prompt and line editing; a pipe is read as plain lines.
  const lines = interactive
    ? createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    : createInterface({ input: process.stdin, terminal: false });
  if (interactive) {
    process.stdout.write(
      `antrean · ${office.value.name}\nSending as ${options.from}. Try #BUDI#25011987#<DDMMYYYY>, /from <phone>, Ctrl-D to quit.\n`,
    );
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    await conversation.handleLine(line);
    if (interactive) lines.prompt();
  }
  await store.value.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    process.stderr.write(`unexpected failure: ${String(cause)}\n`);
    process.exitCode = 1;
  },
);
