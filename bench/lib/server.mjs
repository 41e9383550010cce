// A static file server for the benchmark pages, on 127.0.0.1 only (an ephemeral port). The
// pages are cross-origin isolated (COOP + COEP) so `performance.now()` has its finest
// resolution; every file is same-origin, so nothing else changes. No caching headers: each
// fresh browser context starts with an empty cache. With `gzip`, text files go out
// gzip-compressed (level 9) to a browser that accepts it, as a portal's server would send them.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/**
 * Serves `mounts` ({ '/': dir, '/dist/': dir }) and resolves with { url, close, requests }.
 * `requests` counts what was asked for, so a page that fetches anything unexpected shows up.
 * `options.gzip`: compress text files for clients that send `Accept-Encoding: gzip`.
 */
export async function serve(mounts, { gzip = false } = {}) {
  const requests = new Map();
  const gzipped = new Map();
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const root = mounts[prefix];
    const file = normalize(join(root, path.slice(prefix.length)));
    const headers = {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    };
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      let body = await readFile(file);
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${body.length}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        Object.assign(type, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      }
      response.writeHead(200, { ...headers, ...type, 'content-length': body.length }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
