// The core must stay pure: it runs in Node, in the browser and inside Excel alike.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Build and start scripts run in Node as CommonJS.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['exceljs', 'exceljs/*', 'react', 'react-dom', 'react/*', '@fluentui/*', 'office-js', '@microsoft/office-js', 'fs', 'node:*', 'path'], message: 'Il core deve restare puro: niente Office.js, libreria xlsx, React o Node.' },
          { group: ['../xlsx/*', '../excel/*', '../cli/*', '../taskpane/*', '../../xlsx/*', '../../excel/*', '../../cli/*', '../../taskpane/*'], message: 'Il core non importa gli adattatori.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Il core non usa Office.js.' }, { name: 'Office', message: 'Il core non usa Office.js.' }],
    },
  },
);
