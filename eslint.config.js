// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The engine is platform-free: it never imports an adapter or a platform SDK.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/**'],
              message: 'src/ is the engine: it must not import adapters.',
            },
            {
              group: ['discord.js', '@discordjs/*', '@slack/*'],
              message: 'Platform SDKs belong in adapters/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['adapters/discord/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/slack/**', '@slack/*'], message: 'Adapters do not import each other.' },
          ],
        },
      ],
    },
  },
  {
    files: ['adapters/slack/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/discord/**', 'discord.js'],
              message: 'Adapters do not import each other.',
            },
          ],
        },
      ],
    },
  },
);
