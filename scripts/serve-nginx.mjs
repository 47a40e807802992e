#!/usr/bin/env node
// Serves dist/ with the shipped nginx server block (deploy/nginx.conf), in the foreground, for the
// browser tests and for anyone who wants to see the site as it is deployed. It prints
// "serving dist/ … at http://…/" only once `/` answers 200 (the browser tests wait for that line), and
// otherwise stops at once with what is wrong and what to do.
//   node scripts/serve-nginx.mjs [--port 4399] [--root dist] [--log requests.log]
// --log writes one line per response, "path status body-bytes" (what a reader's connection carried).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const port = Number(process.argv[process.argv.indexOf('--port') + 1]) || 4399;
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) {
  console.error('serve-nginx: nginx is not installed. → `sudo apt-get install -y nginx`, or run the tests with E2E_SERVER=preview.');
  process.exit(1);
}
const deploy = resolve('deploy');
const dist = resolve(process.argv.includes('--root') ? process.argv[process.argv.indexOf('--root') + 1] : 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('serve-nginx: dist/ is empty. → run `npm run build` first.');
  process.exit(1);
}
const log = process.argv.includes('--log') ? resolve(process.argv[process.argv.indexOf('--log') + 1]) : null;
const work = mkdtempSync(join(tmpdir(), 'edition-nginx-'));
const server = readFileSync(join(deploy, 'nginx.conf'), 'utf8')
  .replace(/^(\s*)listen \d+;/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root [^;]+;/m, `$1root ${dist};`)
  .replaceAll('/etc/nginx/edition-', `${deploy}/edition-`);
writeFileSync(join(work, 'server.conf'), server);
const modules = existsSync('/etc/nginx/modules-enabled') ? 'include /etc/nginx/modules-enabled/*.conf;' : '';
// Started as root, nginx would run its workers as an unprivileged user that cannot read a dist/ in a private
// directory (a clone under /root or in `mktemp -d`); they run as the invoking user instead. This is the local
// server's own config: deploy/nginx.conf, which production includes, is unchanged.
const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : '';
writeFileSync(
  join(work, 'nginx.conf'),
  `${modules}
${user}
daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  log_format edition_bytes '$request_uri $status $body_bytes_sent';
  access_log ${log ? `${log} edition_bytes` : 'off'};
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/server.conf;
}
`,
);
// Debian's module snippets load modules relative to nginx's own prefix.
const prefix = existsSync('/usr/share/nginx/modules') ? '/usr/share/nginx/' : `${work}/`;
const child = spawn(nginx, ['-c', join(work, 'nginx.conf'), '-p', prefix, '-e', 'stderr'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));

/** The status of `/`, once nginx answers at all (it may take a moment to bind), or the last error. */
async function firstAnswer(url, deadline) {
  for (;;) {
    try {
      return (await fetch(url, { redirect: 'manual' })).status;
    } catch (error) {
      if (Date.now() > deadline) return `no answer (${error.cause?.code ?? error.message})`;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const origin = `http://127.0.0.1:${port}`;
const status = await firstAnswer(`${origin}/`, Date.now() + 20_000);
if (status !== 200) {
  console.error(
    `serve-nginx: ${origin}/ answered ${status}, not 200, serving ${dist}.\n` +
      `  → nginx's workers (user ${userInfo().username}) must be able to read every folder from / down to ${dist} ` +
      '(see the "Permission denied" lines above), and nothing else may listen on the port. ' +
      'Clone the project where you can read it, choose another port with E2E_PORT, or run the tests against astro preview: E2E_SERVER=preview npm test',
  );
  child.kill('SIGQUIT');
  process.exit(1);
}
console.log(`serving ${dist === resolve('dist') ? 'dist/' : dist} with deploy/nginx.conf at ${origin}/`);
