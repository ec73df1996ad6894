/**
 * At most `max` of the returned function's jobs run at once; the rest wait their turn, in order.
 * For work that holds a lot of one process's memory or CPU: report PDFs (a Chromium each) and
 * import parses (a worker thread each).
 */
export function createLimiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
