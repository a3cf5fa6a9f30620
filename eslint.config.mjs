// The core must stay pure: it runs in Node, in the browser and inside Excel alike.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';

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
    // The Office.js adapter: the rules of the Office add-ins plugin (the official template's lint).
    files: ['src/excel/**/*.ts'],
    ignores: ['src/excel/fake/**'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['exceljs', 'exceljs/*', 'react', 'react-dom', 'react/*', '@fluentui/*', 'office-js', '@microsoft/office-js', 'fs', 'node:*', 'path'], message: 'Il core deve restare puro: niente Office.js, libreria xlsx, React o Node.' },
          { group: ['../xlsx/*', '../excel/*', '../cli/*', '../taskpane/*', '../ui/*', '../../xlsx/*', '../../excel/*', '../../cli/*', '../../taskpane/*', '../../ui/*'], message: 'Il core non importa gli adattatori.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Il core non usa Office.js.' }, { name: 'Office', message: 'Il core non usa Office.js.' }],
    },
  },
);
