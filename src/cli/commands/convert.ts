import type { Command } from 'commander';

/** `peg convert` (schede → registro). Placeholder until the schede reader lands. */
export function registerConvert(_program: Command): void {}
