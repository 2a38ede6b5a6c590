/** Runs `work` over every input with at most `limit` calls pending at once; how many returned true. */
export async function inFlight<T>(
  inputs: readonly T[],
  limit: number,
  work: (input: T, index: number) => Promise<boolean>,
): Promise<number> {
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      if (await work(inputs[index]!, index)) done += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, lane));
  return done;
}
