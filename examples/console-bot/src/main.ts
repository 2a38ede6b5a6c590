import { createInterface } from 'node:readline';
import { type Clock, createBookingService, nanoidCodeGenerator, systemClock } from '@antrean/core';
import { createConversation } from './conversation';
import { HELP_TEXT } from './help-text';
import { describeLoadError, loadOffice } from './load-office';
import { createOfficerCommands } from './officer-commands';
import { openStore } from './open-store';
import { parseBotArgs } from './parse-args';
import { readSender } from './read-sender';
import { createJsonOutput, createTextOutput } from './session-output';

/** A command line the bot refuses: one line naming the problem, then where the flags are described. */
const refuse = (problem: string): number => {
  process.stderr.write(`${problem}; see --help\n`);
  return 2;
};

// The bot's entry point: read flags, open the office and the store, then answer line by line.
async function main(): Promise<number> {
  const args = parseBotArgs(process.argv.slice(2), process.env.ANTREAN_DATA_DIR);
  if (args.isErr()) return refuse(args.error.message);
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
  if (readSender(options.from, office.value.country).type === 'NotANumber') {
    return refuse(`--from "${options.from.slice(0, 40)}" is not a phone number`);
  }
  const store = await openStore(options.db);
  if (store.isErr()) {
    process.stderr.write(`${store.error.message}\n`);
    return 1;
  }
  const fixed = options.now;
  // --now stops the clock at one instant: every line is handled at that time.
  const clock: Clock = fixed ? { now: () => new Date(fixed.getTime()) } : systemClock;
  const service = createBookingService({
    office: office.value,
    store: store.value,
    clock,
    generateCode: nanoidCodeGenerator,
    ...(options.language ? { language: options.language } : {}),
  });
  if (service.isErr()) {
    process.stderr.write(`${service.error.message}\n`);
    await store.value.close();
    return 1;
  }
  const streams = {
    out: (text: string) => process.stdout.write(text),
    err: (text: string) => process.stderr.write(text),
  };
  // The counter's lines follow --lang like the replies, else the office's language.
  const language = options.language ?? office.value.language;
  const output = options.json
    ? createJsonOutput(streams, office.value)
    : createTextOutput(streams, office.value, language);
  const now = () => clock.now();
  const conversation = createConversation(
    service.value,
    {
      from: options.from,
      country: office.value.country,
      now,
      counter: createOfficerCommands(service.value, { office: office.value, language }, now, output),
    },
    output,
  );
  const interactive = Boolean(process.stdin.isTTY) && !options.json;
  // Only a terminal gets the prompt and line editing; a pipe is read as plain lines.
  const lines = interactive
    ? createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    : createInterface({ input: process.stdin, terminal: false });
  if (interactive) {
    process.stdout.write(
      `antrean · ${office.value.name}\nSending as ${options.from}. Try #BUDI#25011987#<DDMMYYYY>; /help lists the commands, /quit ends.\n`,
    );
    // Ctrl-C ends the session like Ctrl-D and /quit: the loop below ends and the store is closed.
    lines.on('SIGINT', () => {
      process.stdout.write('\n');
      lines.close();
    });
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const result = await conversation.handleLine(line);
    if (result.type === 'Quit') break;
    if (interactive) lines.prompt();
  }
  lines.close();
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
