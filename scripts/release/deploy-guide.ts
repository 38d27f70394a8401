/**
 * 部署说明.txt, the instructions in the release zip, for the IT staff of a school or
 * training centre: where the files go, and ready configuration for nginx, Apache, IIS
 * and any other static host. Written for one release: its version, the path it was
 * built for, and the content security policy of its pages (the build's site policy,
 * src/security/built-policy.ts). The headers and MIME types come from
 * src/publishing/deploy-rules.ts, which the project's own static server also follows.
 */
import { extraMimeTypes, hashedFolder, longCache, noCache, notFoundPage } from '../../src/publishing/deploy-rules.ts';

export interface DeployGuideOptions {
  /** package.json's version. */
  version: string;
  /** The path the release was built for: `/` or `/kaowu/`. */
  base: string;
  /** The public address it was built for (SITE_URL), when one was given. */
  site: string | undefined;
  /** The content security policy to send with HTML pages: every page's policy merged (`readSitePolicy`). */
  policy: string;
}

/** Return the extensions of `extraMimeTypes` grouped by type: `[['application/octet-stream', ['.pagefind', …]], …]`. */
function groupMimeTypes(): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(extraMimeTypes)) groups.set(type, [...(groups.get(type) ?? []), extension]);
  return [...groups];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function nginxSnippet({ base, policy }: DeployGuideOptions): string[] {
  const folder = base === '/' ? '/var/www/kaowu' : '/var/www/html';
  const location = base === '/' ? '/' : base;
  return [
    '# ① 写在 http { } 中（例如新建 /etc/nginx/conf.d/kaowu-csp.conf）：只给 HTML 页面加内容安全策略',
    'map $sent_http_content_type $kaowu_csp {',
    `    ~^text/html  "${policy}";`,
    '    default      "";',
    '}',
    '',
    '# ② 写在本网站的 server { } 中：',
    `location ${location} {`,
    base === '/'
      ? `    root ${folder};        # site 文件夹里的全部内容复制到 ${folder}/ 中`
      : `    root ${folder};        # site 文件夹里的全部内容复制到 ${folder}${base.slice(0, -1)}/ 中`,
    '    index index.html;',
    `    error_page 404 ${base}${notFoundPage};`,
    `    add_header Cache-Control "${noCache}" always;`,
    '    add_header Content-Security-Policy $kaowu_csp always;',
    `    location ${base}${hashedFolder} {`,
    `        add_header Cache-Control "${longCache}" always;`,
    '    }',
    ...groupMimeTypes().map(
      ([type, extensions]) => `    location ~ \\.(${extensions.map((extension) => extension.slice(1)).join('|')})$ { types { } default_type ${type}; }`,
    ),
    '}',
  ];
}

function apacheSnippet({ base, policy }: DeployGuideOptions): string[] {
  const hashed = `${base}${hashedFolder}`.replace(/[.]/g, '\\.');
  return [
    `# 保存为服务器上网站目录（${base}）中的 .htaccess（需要 AllowOverride All），`,
    '# 或者把这些行写进该目录的 <Directory> 段。需要启用 mod_headers（a2enmod headers）。',
    'DirectoryIndex index.html',
    `ErrorDocument 404 ${base}${notFoundPage}`,
    ...groupMimeTypes().map(([type, extensions]) => `AddType ${type} ${extensions.join(' ')}`),
    '<IfModule mod_headers.c>',
    `    Header always set Cache-Control "${noCache}"`,
    `    <If "%{REQUEST_URI} =~ m#^${hashed}#">`,
    `        Header always set Cache-Control "${longCache}"`,
    '    </If>',
    `    Header always set Content-Security-Policy "${policy}" "expr=%{CONTENT_TYPE} =~ m#^text/html#"`,
    '</IfModule>',
  ];
}

function iisSnippet({ base, policy }: DeployGuideOptions): string[] {
  const [maxAge] = /\d+/.exec(longCache)!;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<configuration>',
    '  <system.webServer>',
    '    <defaultDocument enabled="true">',
    '      <files><clear /><add value="index.html" /></files>',
    '    </defaultDocument>',
    '    <staticContent>',
    ...Object.entries(extraMimeTypes).map(
      ([extension, type]) => `      <remove fileExtension="${extension}" /><mimeMap fileExtension="${extension}" mimeType="${type}" />`,
    ),
    '      <clientCache cacheControlMode="DisableCache" />',
    '    </staticContent>',
    '    <httpErrors errorMode="Custom" existingResponse="Replace">',
    '      <remove statusCode="404" />',
    `      <error statusCode="404" path="${base}${notFoundPage}" responseMode="ExecuteURL" />`,
    '    </httpErrors>',
    '    <!-- 以下 <rewrite> 一段需要 IIS 的 URL Rewrite 模块；没有安装时请删去这一段，否则网站会报 500 错误。 -->',
    '    <rewrite>',
    '      <outboundRules>',
    '        <rule name="kaowu-csp">',
    '          <match serverVariable="RESPONSE_Content_Security_Policy" pattern=".*" />',
    '          <conditions><add input="{RESPONSE_CONTENT_TYPE}" pattern="^text/html" /></conditions>',
    `          <action type="Rewrite" value="${escapeXml(policy)}" />`,
    '        </rule>',
    '      </outboundRules>',
    '    </rewrite>',
    '  </system.webServer>',
    `  <location path="${hashedFolder.slice(0, -1)}">`,
    '    <system.webServer>',
    '      <staticContent>',
    `        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="${Math.round(Number(maxAge) / 86400)}.00:00:00" cacheControlCustom="public, immutable" />`,
    '      </staticContent>',
    '    </system.webServer>',
    '  </location>',
    '</configuration>',
  ];
}

/** Return the text of 部署说明.txt for a release (lines joined with \n). */
export function writeDeployGuide(options: DeployGuideOptions): string {
  const { version, base, site, policy } = options;
  const address = `${site ?? 'https://您的域名'}${base}`;
  const mimeLines = groupMimeTypes().map(([type, extensions]) => `     ${extensions.join('、')} → ${type}`);
  return [
    `网店运营推广考务向导 ${version} 部署说明`,
    '================================',
    '',
    '一、压缩包里有什么',
    '',
    '  site 文件夹    整个网站：网页、脚本、样式、搜索索引和示范文件，全部是静态文件。',
    '                 不需要数据库，也不需要 PHP、Java 或 Node.js，任何能提供静态文件的服务器都可以。',
    '  部署说明.txt   本文件。',
    '',
    '二、发布的位置',
    '',
    base === '/'
      ? `  本版本是为网站的根目录生成的，发布后的地址是：${address}`
      : `  本版本是为路径 ${base} 生成的，发布后的地址必须是：${address}`,
    `  换到别的路径（例如 /kaowu2/）时，页面的样式、链接和搜索都会失效：请用源代码重新生成，`,
    '  例如 SITE_BASE=/kaowu2/ npm run package（见源代码 README 的「部署」一节）。',
    ...(site ? [`  站点地图：${address}sitemap-index.xml`] : []),
    '',
    '三、任何服务器都要做到的',
    '',
    `  1. 把 site 文件夹里的全部内容（不是 site 文件夹本身）复制到网站上对应 ${base} 的目录中。`,
    '  2. 用 https:// 发布。浏览器只在 https:// 地址上保存网站的离线副本；用 http:// 发布也能使用，',
    '     但断网后打不开。不能直接双击 index.html 打开（file://）：浏览器不允许这样打开的页面运行网站的程序。',
    `  3. 找不到的页面返回 ${base}${notFoundPage}，状态码 404。`,
    '  4. 响应头（下面各服务器的配置已经写好）：',
    `     ${base}${hashedFolder} 中的文件     Cache-Control: ${longCache}`,
    `     （文件名里带内容的哈希值，内容一变名字就变，可以长期缓存）`,
    `     其余所有文件，包括网页和 sw.js    Cache-Control: ${noCache}`,
    '     （浏览器每次向服务器确认有没有新版本，新版本发布后用户马上就能收到）',
    '     网页（Content-Type 为 text/html）  Content-Security-Policy: 见下面配置中的值',
    '  5. 以下文件类型的 MIME 类型（服务器不认识时要补上）：',
    ...mimeLines,
    '',
    '四、nginx',
    '',
    ...nginxSnippet(options).map((line) => `  ${line}`),
    '',
    '  改完后运行 nginx -t 检查，再运行 nginx -s reload 生效。',
    '',
    '五、Apache',
    '',
    ...apacheSnippet(options).map((line) => `  ${line}`),
    '',
    '六、IIS（Windows Server）',
    '',
    `  在 IIS 管理器中把网站目录设为对应 ${base} 的站点、应用程序或虚拟目录，再在该目录中保存下面的 web.config：`,
    '',
    ...iisSnippet(options).map((line) => `  ${line}`),
    '',
    '七、其他静态网站托管（对象存储的静态网站、学校统一的网站平台等）',
    '',
    `  把 site 文件夹里的全部内容上传到对应 ${base} 的位置；默认首页设为 index.html，错误页设为 ${notFoundPage}。`,
    '  能设置响应头和 MIME 类型时，按第三节设置；不能设置时网站也能正常使用，只是缓存效果差一些。',
    '  网页自身也带有同样的内容安全策略（<meta>），不能加响应头时它照样起作用。',
    '',
    '八、更新到新版本',
    '',
    `  把新版本 site 文件夹里的全部内容复制到服务器上 ${base} 目录中，覆盖旧文件。`,
    `  ${hashedFolder} 中留下的旧文件不影响使用（正开着旧页面的老师还会用到），可以在没人使用时删除。`,
    '  正在使用的老师会在页面底部看到「网站已更新」，点「重新加载」即换成新版本；',
    '  没有点的，关掉网站的所有页面后再打开，也会用上新版本。',
    '  每个版本的内容安全策略可能不同：更新时请用新版本部署说明里的配置替换旧的那一行。',
    '',
    '九、学生数据不在服务器上',
    '',
    '  考生名单、照片和向导中填写的内容只保存在每位老师自己电脑的浏览器里，从不上传到服务器。',
    '  发布、更新或删除网站文件都不会读取、覆盖或删除这些数据。',
    '  浏览器按网站的域名保存数据：网站换了域名（或从 http:// 改为 https://）后，原来保存的工作不会出现在新地址。',
    '  换地址前，请老师在旧地址用各向导下方的「导出工作文件」保存，到新地址后再「导入工作文件」。',
    '',
  ].join('\n');
}
