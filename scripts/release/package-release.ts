/**
 * `npm run package`: build the site for where it will be published and write
 * `release/kaowu-xiangdao-<version>[-<base>].zip`, holding the site (`site/`) and
 * 部署说明.txt. SITE_BASE and SITE_URL work as for `npm run build`:
 *
 *   SITE_BASE=/kaowu/ SITE_URL=https://www.example.edu.cn npm run package
 *
 * The build goes to release/.build (not dist/, so a root build there is left
 * alone) and is removed once zipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';
import { resolveSiteOptions, SiteOptionsError } from '../../src/publishing/site-options.ts';
import { readBuiltBase } from '../built-base.ts';
import { getMimeType } from '../../src/publishing/deploy-rules.ts';
import { formatPolicy, readSitePolicy } from '../../src/security/built-policy.ts';
import { writeDeployGuide } from './deploy-guide.ts';
import { deployGuideName, getReleaseFileName, projectDir, releaseDir, siteFolderInZip } from './release-name.ts';

function fail(message: string): never {
  console.error(`\n无法生成发布包：${message}\n`);
  process.exit(1);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

let options;
try {
  options = resolveSiteOptions(process.env);
} catch (error) {
  if (error instanceof SiteOptionsError) fail(error.message);
  throw error;
}
const { base, site } = options;
const { version } = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { version: string };
const buildDir = join(releaseDir, '.build');

// The project's Node (this one) and Astro's own entry, as scripts/serve-lan.ts does: `astro` from PATH may pick the system's Node.
const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build'], {
  cwd: projectDir,
  stdio: 'inherit',
  env: { ...process.env, SITE_BASE: base, SITE_OUT_DIR: buildDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) fail('网站生成失败，原因见上面的输出。');

const files = listFiles(buildDir).map((full) => ({ full, path: relative(buildDir, full).split(sep).join('/') }));
const unknown = files.filter((file) => !getMimeType(file.path)).map((file) => file.path);
if (unknown.length > 0) fail(`这些文件的类型没有写进部署说明（src/publishing/deploy-rules.ts 的 mimeTypes）：${unknown.join('、')}`);
if (readBuiltBase(buildDir) !== base) fail(`生成的网站路径是 ${readBuiltBase(buildDir)}，不是要求的 ${base}。`);

// The header the instructions give is the build's own site policy, as in its nginx file (src/security/).
const policy = formatPolicy(readSitePolicy(files.filter((file) => file.path.endsWith('.html')).map((file) => ({ name: file.path, html: readFileSync(file.full, 'utf8') }))));

// Windows Notepad reads the instructions: a byte-order mark and CRLF line ends.
const guide = '\uFEFF' + writeDeployGuide({ version, base, site, policy }).replace(/\n/g, '\r\n');
const zip = new JSZip();
zip.file(deployGuideName, guide);
for (const file of files) zip.file(`${siteFolderInZip}/${file.path}`, readFileSync(file.full));
const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });

mkdirSync(releaseDir, { recursive: true });
const target = join(releaseDir, getReleaseFileName(version, base));
writeFileSync(target, bytes);
rmSync(buildDir, { recursive: true, force: true });

console.log(`\n发布包已生成：${relative(projectDir, target)}（${(bytes.length / 1024 / 1024).toFixed(1)} MB，${files.length} 个文件）`);
console.log(`  网站路径：${base}${site ? `，地址：${site}${base}` : ''}`);
console.log(`  部署方法见压缩包中的「${deployGuideName}」。\n`);
