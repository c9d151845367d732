// Lint: TypeScript's recommended rules plus the project's own: no HTML written from strings, no
// strings run as code, and no selector that reaches for a credential field (the extension never
// touches them).
import tseslint from 'typescript-eslint';

const CREDENTIAL_SELECTOR =
  /type=.?password|#token\d|\[name=.?(password|username|token|answer)|#(password|confirmPassword|recoveryAnswer|userID)\b/i;

const projectRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Build DOM with textContent (src/banner/dom.ts), never HTML strings.' },
    { property: 'outerHTML', message: 'Build DOM with textContent, never HTML strings.' },
    { property: 'insertAdjacentHTML', message: 'Build DOM with textContent, never HTML strings.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from strings.' },
    {
      selector: `Literal[value=${CREDENTIAL_SELECTOR}]`,
      message: 'The extension never selects credential fields.',
    },
    {
      selector: `TemplateElement[value.raw=${CREDENTIAL_SELECTOR}]`,
      message: 'The extension never selects credential fields.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/e2e/fixtures/**/*.html'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The product code: everything that ships in the extension.
  { files: ['src/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'], ignores: ['**/*.test.*'], rules: projectRules },
);
