/**
 * Runs the real `dossier` CLI (dist/cli/main.js) in this process and, on exit, writes its wall and
 * CPU seconds and peak RSS as JSON to the file named first; the other arguments go to the CLI.
 * Used to measure `dossier export` on a large store (output to /dev/null).
 *
 *   node scripts/bench/measured-cli.mjs <measurement.json> export --db <store>
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [out, ...args] = process.argv.slice(2);
if (!out) throw new Error('usage: measured-cli.mjs <measurement.json> <dossier args...>');
const started = performance.now();
process.on('exit', (code) => {
  const cpu = process.cpuUsage();
  writeFileSync(out, JSON.stringify({ code, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
});
process.argv = [process.argv[0], 'dossier', ...args];
await import('../../dist/cli/main.js');
