/** What jsdom lacks and Fluent UI uses (every browser the pane runs in has it). */
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const w = window as unknown as { ResizeObserver?: unknown };
if (!w.ResizeObserver) w.ResizeObserver = NoopResizeObserver;
