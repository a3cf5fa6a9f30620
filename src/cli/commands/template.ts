import type { Command } from 'commander';

/** `peg template` (cli.md). Placeholder until the generated-sheets work lands. */
export function registerTemplate(_program: Command): void {}
