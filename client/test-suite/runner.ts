// A small test runner for the extension host, in place of mocha: tests are
// registered with `test`, run one after another by `runTests`, one line printed
// each (the e2e runner relays the lines from the browser console), and the
// returned promise rejects when any test failed, which VS Code turns into a
// non-zero exit code.
type TestBody = () => Promise<void> | void;

export interface TestOptions {
  /** When set, the test is reported as skipped with this reason. */
  skip?: string;
  timeoutMs?: number;
}

interface TestCase extends TestOptions {
  name: string;
  body: TestBody;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const registered: TestCase[] = [];

export function test(name: string, body: TestBody, options: TestOptions = {}): void {
  registered.push({ name, body, ...options });
}

export async function runTests(): Promise<void> {
  let failed = 0;
  let skipped = 0;
  for (const testCase of registered) {
    if (testCase.skip) {
      skipped += 1;
      console.log(`hostnet-test skip ${testCase.name} # ${testCase.skip}`);
      continue;
    }
    const started = Date.now();
    try {
      await withTimeout(testCase.body(), testCase.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      console.log(`hostnet-test pass ${testCase.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`hostnet-test fail ${testCase.name}\n${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  const passed = registered.length - failed - skipped;
  console.log(`hostnet-test summary ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (failed > 0) throw new Error(`${failed} of ${registered.length} extension-host tests failed`);
}

async function withTimeout(work: Promise<void> | void, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
