/**
 * Starts scripts/serve-static.mjs for a built folder, in a child process, and resolves once that
 * very process is listening (it prints "serving …"): a port already taken by someone else's
 * server fails here instead of quietly testing their site.
 *
 *   const server = await startServer('dist-sub', 4331, '/nn-course/');
 *   … fetch(server.url) …
 *   server.stop();
 */
import { spawn } from 'node:child_process';

export function startServer(dir, port, base = '/') {
  const child = spawn(process.execPath, ['scripts/serve-static.mjs', dir, String(port), '127.0.0.1', base], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the server for ${dir} did not start on port ${port}`));
    }, 10_000);
    child.stdout.on('data', (d) => {
      if (String(d).startsWith('serving ')) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}${base}`, stop: () => child.kill() });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server for ${dir} on port ${port} exited (${code}): ${stderr.split('\n')[0] || ''}`));
    });
  });
}
