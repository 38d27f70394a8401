/**
 * `npm run serve:lan`: serve the built site to the other computers of a room
 * without internet, and print the address they open. Run `npm run build` first
 * (once, while online). PORT changes the port (default 4321).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { listLanUrls } from './lan-addresses.ts';

const root = resolve(import.meta.dirname, '..');
const distDir = resolve(root, process.env.SITE_OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`没有找到生成好的网站（${distDir}）。请先在有网络时运行：npm ci && npm run build`);
  process.exit(1);
}

const urls = listLanUrls(networkInterfaces(), port);
console.log('\n考务向导已在局域网中共享。请学员在浏览器中打开：\n');
for (const url of urls) console.log(`    ${url}`);
if (urls.length === 0) console.log('    （这台电脑还没有连到局域网：连上交换机或无线路由器后重新运行）');
console.log('\n本机也可以打开 http://127.0.0.1:' + port + '/ 。按 Ctrl+C 停止。\n');

// Astro's own preview server, on every interface; run with this Node (the project's Node 24), not the system's.
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const server = spawn(process.execPath, [astro, 'preview', '--host', '0.0.0.0', '--port', String(port), '--ignore-lock'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
