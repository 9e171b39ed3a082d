import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the ten slowest tests after a run, with their budget, so a test drifting towards its
 * timeout on a busy two-core machine is seen before it fails.
 */
export default class SlowestTestsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const tests = testModules.flatMap((module) =>
      [...module.children.allTests()]
        .filter((test) => test.result().state !== 'skipped')
        .map((test) => ({
          name: `${relative(process.cwd(), module.moduleId)} > ${test.fullName}`,
          duration: test.diagnostic()?.duration ?? 0,
          timeout: test.options.timeout,
        })),
    );
    const slowest = tests.sort((a, b) => b.duration - a.duration).slice(0, 10);
    if (slowest.length === 0) return;
    const lines = slowest.map(
      (t) => `  ${(t.duration / 1000).toFixed(1).padStart(5)} s  (budget ${t.timeout === undefined ? '?' : `${t.timeout / 1000} s`})  ${t.name}`,
    );
    process.stdout.write(`\nSlowest tests:\n${lines.join('\n')}\n`);
  }
}
