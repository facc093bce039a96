'use strict';
// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe, for the browser test without packages.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CHROMIUM = process.env.MEND_CHROMIUM || '/usr/bin/chromium';

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-search-chromium-'));
  const child = spawn(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  child.stderr.on('data', () => {});
  const toBrowser = child.stdio[3];
  const fromBrowser = child.stdio[4];
  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  let buffer = Buffer.alloc(0);
  fromBrowser.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    let end;
    while ((end = buffer.indexOf(0)) >= 0) {
      const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
      buffer = buffer.subarray(end + 1);
      if (message.id && pending.has(message.id)) {
        const { resolve, reject, method } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));

  function send(method, params = {}, sessionId) {
    const id = nextId++;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, method });
      toBrowser.write(JSON.stringify(message) + '\0');
    });
  }

  async function newPage() {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const page = {
      requests: [],
      errors: [],
      send: (method, params) => send(method, params, sessionId),
      async evaluate(expression) {
        const result = await page.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
        if (result.exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(result.exceptionDetails)}`);
        return result.result.value;
      },
      async waitFor(expression, timeout = 5000) {
        const started = Date.now();
        for (;;) {
          const value = await page.evaluate(expression);
          if (value) return value;
          if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${expression}`);
          await new Promise((r) => setTimeout(r, 25));
        }
      },
      async goto(url) {
        const loaded = new Promise((resolve) => {
          const listener = (m) => {
            if (m.sessionId === sessionId && m.method === 'Page.loadEventFired') {
              listeners.splice(listeners.indexOf(listener), 1);
              resolve();
            }
          };
          listeners.push(listener);
        });
        await page.send('Page.navigate', { url });
        await loaded;
      },
      async key(key, code, keyCode, text) {
        await page.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode, text });
        await page.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
      },
      async type(text) {
        for (const ch of text) {
          await page.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch });
          await page.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
        }
      },
    };
    listeners.push((m) => {
      if (m.sessionId !== sessionId) return;
      if (m.method === 'Network.requestWillBeSent') page.requests.push(m.params.request.url);
      if (m.method === 'Runtime.exceptionThrown') page.errors.push(JSON.stringify(m.params.exceptionDetails));
      if (m.method === 'Runtime.consoleAPICalled' && m.params.type === 'error') page.errors.push(JSON.stringify(m.params.args));
      if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') page.errors.push(m.params.entry.text);
    });
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    await page.send('Network.enable');
    await page.send('Log.enable');
    return page;
  }

  async function close() {
    try {
      await Promise.race([send('Browser.close'), new Promise((r) => setTimeout(r, 2000))]);
    } catch { /* already gone */ }
    if (child.exitCode === null) child.kill();
    await exited;
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch { /* a helper process may still be writing; it is only a temporary folder */ }
  }

  return { newPage, close };
}

module.exports = { launch, CHROMIUM };
