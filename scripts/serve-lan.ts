/**
 * `npm run serve:lan`: serve the built site to the other computers of a room
 * without internet, and print the address they open. Run `npm run build` first
 * (once, while online). PORT changes the port (default 4321). A build for a
 * sub-path (SITE_BASE=/kaowu/) is served under that path.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { readBuiltBase } from './built-base.ts';
import { listLanUrls } from './lan-addresses.ts';
import { startStaticSite } from './static-server.ts';

const root = resolve(import.meta.dirname, '..');
const distDir = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`没有找到生成好的网站（${distDir}）。请先在有网络时运行：npm ci && npm run build`);
  process.exit(1);
}

// The path the build was made for: its pages only work there.
const base = readBuiltBase(distDir);
try {
  await startStaticSite({ root: distDir, base, host: '0.0.0.0', port });
} catch (error) {
  const isTaken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(isTaken ? `端口 ${port} 已被占用。换一个端口再试，例如：PORT=8080 npm run serve:lan` : String(error));
  process.exit(1);
}

const urls = listLanUrls(networkInterfaces(), port, base);
console.log('\n考务向导已在局域网中共享。请学员在浏览器中打开：\n');
for (const url of urls) console.log(`    ${url}`);
if (urls.length === 0) console.log('    （这台电脑还没有连到局域网：连上交换机或无线路由器后重新运行）');
console.log(`\n本机也可以打开 http://127.0.0.1:${port}${base} 。按 Ctrl+C 停止。\n`);
