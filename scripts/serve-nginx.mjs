#!/usr/bin/env node
// Serves dist/ with the shipped nginx server block (deploy/nginx.conf), in the foreground, for the
// browser tests and for anyone who wants to see the site as it is deployed.
//   node scripts/serve-nginx.mjs [--port 4399] [--root dist] [--log requests.log]
// --log writes one line per response, "path status body-bytes" (what a reader's connection carried).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
writeFileSync(
  join(work, 'nginx.conf'),
  `${modules}
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
console.log(`serving dist/ with deploy/nginx.conf at http://127.0.0.1:${port}/`);
// Debian's module snippets load modules relative to nginx's own prefix.
const prefix = existsSync('/usr/share/nginx/modules') ? '/usr/share/nginx/' : `${work}/`;
const child = spawn(nginx, ['-c', join(work, 'nginx.conf'), '-p', prefix, '-e', 'stderr'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
