/*
 * Builds the add-in: the task pane and the commands page, with assets and the manifest, and the
 * standalone page (standalone.html: the pane on a .xlsx held in the browser, no office.js).
 * `npm run build` (production) needs no certificate and rewrites https://localhost:3000/ in the
 * manifest to PEG_ADDIN_URL (default https://peg-addin.example.com/, a placeholder: see
 * docs/addin.md). `npm run dev-server` serves https://localhost:3000 with office-addin-dev-certs.
 * PEG_PREVIEW=1 (or `--env preview`) also builds preview.html: the pane on a demo plan with no Excel behind it.
 * `--env outDir=<dir>` builds elsewhere than dist/ (the browser tests build into test-output/web).
 * taskpane.html is the page the manifest opens (office.js in its <head>); outside Office it links standalone.html.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PLACEHOLDER_URL = 'https://peg-addin.example.com/';

/**
 * office-addin-dev-certs' certificate. When its CA cannot be installed (no sudo, a container) the
 * certificate it generated is still used; with none at all, webpack-dev-server makes its own.
 */
async function httpsOptions() {
  const { certificateOnDisk, devCerts } = require('./scripts/devCerts');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const files = certificateOnDisk();
    if (files) {
      console.warn(`Certificato di sviluppo non installato tra quelli attendibili (${String(err.message).trim()}): il browser chiederà di accettarlo.`);
      return files;
    }
    console.warn(`Certificati di sviluppo non disponibili (${String(err.message).trim()}): uso un certificato autofirmato.`);
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const preview = dev || process.env.PEG_PREVIEW === '1' || Boolean(env.preview);
  const publicUrl = (dev ? DEV_URL : process.env.PEG_ADDIN_URL || PLACEHOLDER_URL).replace(/\/?$/, '/');

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    standalone: './src/standalone/index.tsx',
    commands: './src/commands/commands.ts',
  };
  if (preview) entry.preview = './src/ui/preview/index.tsx';

  const pages = [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    new HtmlWebpackPlugin({ filename: 'standalone.html', template: './src/standalone/standalone.html', chunks: ['standalone'] }),
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
  ];
  if (preview) {
    pages.push(new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/ui/preview/preview.html', chunks: ['preview'] }));
  }

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry,
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent change rarely: separate chunks stay cached across releases. Only
          // initial chunks: ExcelJS (nuovo modello) stays a lazy chunk loaded on demand.
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: 'initial', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|rtl-css-js|stylis|use-sync-external-store)[\\/]/, name: 'fluent', chunks: 'initial', priority: 10 },
        },
      },
    },
    performance: { maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/source/**', '**/aiuto.html', '**/aiuto/**'] } },
          // The user guide and its pictures, beside the pane's page (the pane's «Aiuto» opens aiuto.html).
          { from: 'assets/aiuto.html', to: 'aiuto.html' },
          { from: 'assets/aiuto', to: 'aiuto', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(publicUrl).split(DEV_URL.slice(0, -1)).join(publicUrl.replace(/\/$/, ''))),
          },
        ],
      }),
    ],
    devServer: dev
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: false,
        }
      : undefined,
  };
};
