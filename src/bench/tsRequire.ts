/**
 * Loads TypeScript sources at run time (transpile only), for the parts the CLI build does not
 * compile: the Office.js adapter and its in-memory fake, which live outside `tsconfig.cli.json`.
 */
import fs from 'fs';
import Module from 'module';

let registered = false;

export function registerTypeScript(): void {
  if (registered) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  const extensions = (Module as unknown as { _extensions: Record<string, (m: NodeJS.Module, file: string) => void> })._extensions;
  const compile = (m: NodeJS.Module, file: string) => {
    const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        jsx: ts.JsxEmit.ReactJSX,
      },
    });
    (m as unknown as { _compile(code: string, file: string): void })._compile(out.outputText, file);
  };
  extensions['.ts'] = compile;
  extensions['.tsx'] = compile;
  registered = true;
}
