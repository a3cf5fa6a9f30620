/** jsdom has no TextDecoder / TextEncoder; every browser the pane runs in has them (Node's are the same API). */
import { TextDecoder, TextEncoder } from 'util';

const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
