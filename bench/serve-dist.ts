/**
 * The built site (`dist/`, or the build `BENCH_DIST` points at, e.g. the one before a change) served on
 * 127.0.0.1 for benchmarks that load it in Chromium, without compression: figures gzip what they count.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** The build the benchmarks load. */
export const distToBench = resolve(process.env.BENCH_DIST ?? 'dist');

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** Serve `distToBench` on a free port; close the server when done. */
export function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(distToBench, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

