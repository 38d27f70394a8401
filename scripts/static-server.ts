/**
 * A plain static web server for a built site published under a base path, with the
 * headers the deployment instructions ask for (src/publishing/deploy-rules.ts): what
 * `npm run serve:lan` runs in a training room, and what the release test serves the
 * unpacked zip with. Node's own http module only; no framework to trust.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { getCacheControl, getMimeType, notFoundPage } from '../src/publishing/deploy-rules.ts';

export interface StaticSiteOptions {
  /** The folder of the built site. */
  root: string;
  /** The path the site is served under, with a slash at each end: `/` or `/kaowu/`. */
  base: string;
  /** Extra headers for HTML pages, such as the content security policy. */
  htmlHeaders?: Readonly<Record<string, string>>;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { Location: location, 'Cache-Control': 'no-cache' });
  response.end();
}

/** Return the request handler that serves `root` under `base`. */
export function createStaticSiteHandler(options: StaticSiteOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const root = resolve(options.root);
  const { base } = options;

  const send = (request: IncomingMessage, response: ServerResponse, file: string, stats: Stats, status: number) => {
    const pathInSite = file.slice(root.length + 1).split(sep).join('/');
    const contentType = getMimeType(file) ?? 'application/octet-stream';
    const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'Cache-Control': getCacheControl(pathInSite),
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
      ...(contentType.startsWith('text/html') ? options.htmlHeaders : {}),
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(status, { ...headers, 'Content-Length': String(stats.size) });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    const page = join(root, notFoundPage);
    const stats = statOrUndefined(page);
    if (stats?.isFile()) return send(request, response, page, stats, 404);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('404 Not Found');
  };

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400);
      response.end();
      return;
    }
    // The site's own address without its last slash, and the server's root when the site is under a sub-path, lead to the site.
    if (pathname === base.slice(0, -1) || (pathname === '/' && base !== '/')) return redirect(response, base);
    if (!pathname.startsWith(base)) return notFound(request, response);
    const file = resolve(root, pathname.slice(base.length));
    if (file !== root && !file.startsWith(root + sep)) return notFound(request, response);
    const stats = statOrUndefined(file);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
      const index = join(file, 'index.html');
      const indexStats = statOrUndefined(index);
      return indexStats?.isFile() ? send(request, response, index, indexStats, 200) : notFound(request, response);
    }
    return stats?.isFile() ? send(request, response, file, stats, 200) : notFound(request, response);
  };
}

/** Start serving the site on `host`:`port`; resolves once it listens (port 0 picks a free one). */
export function startStaticSite(options: StaticSiteOptions & { host: string; port: number }): Promise<Server> {
  const server = createServer(createStaticSiteHandler(options));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolvePromise(server));
  });
}
