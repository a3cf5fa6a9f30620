import type { Command } from 'commander';

/** `peg build` (cli.md). Placeholder until the generated-sheets work lands. */
export function registerBuild(_program: Command): void {}
