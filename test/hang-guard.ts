/**
 * Test timeouts guard against hangs; they are not performance assertions. On a machine shared with
 * other jobs the same work takes several times longer, so every timeout is scaled by the load per
 * core seen when the run starts (1x on an idle machine, at most 8x). Speed is measured in
 * `npm run bench`, never here.
 */
import { availableParallelism, loadavg } from 'node:os';

const perCore = loadavg()[0]! / availableParallelism();
export const SLACK = Math.min(8, Math.max(1, Math.ceil(perCore)));

/** `ms` on an idle machine, scaled by the load when the run started. */
export const guard = (ms: number): number => ms * SLACK;
