#!/usr/bin/env node
'use strict';
// Edit-to-reload time of `mend serve`: the time from saving a guide to the `reload` event an open page receives,
// on a generated site. Each edit changes a sentence of a guide's text, the way fixing a typo does; with `title`, its
// title instead, which every page that lists or links the guide shows. A figure, not a test.
//   node bench/serve-reload.js MEND INPUT THEMES [edits] [text|title]
// MEND is the mend to run (the published one: bash bench/run builds it, or dotnet publish src/Mend.Cli -c Release).
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const [mend, input, themes, editsArg, what = 'text'] = process.argv.slice(2);
if (!mend || !input || !themes || !['text', 'title'].includes(what)) {
  console.error('usage: node bench/serve-reload.js MEND INPUT THEMES [edits] [text|title]');
  process.exit(2);
}
const edit = what === 'title'
  ? (text, i) => text.replace(/^title: (.*?)( \(edited \d+\))?$/m, (line, title) => `title: ${title} (edited ${i})`)
  : (text, i) => text.replace(/^([A-Z][^\n]*?)( Edited \d+\.)?$/m, (line, sentence) => `${sentence} Edited ${i}.`);
const edits = Number(editsArg || 10);
const guides = fs.readdirSync(path.join(input, 'guides')).filter((f) => f.endsWith('.md')).sort();

function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn(mend, ['serve', '--input', input, '--themes', themes, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Serving (http:\/\/\S+) /.exec(out);
      if (match) resolve({ child, address: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`mend serve exited with ${code}: ${out}`)));
  });
}

// The page events, read from a plain socket: what a browser's EventSource reads, without an HTTP client's buffering.
function events(address, onEvent) {
  return new Promise((resolve) => {
    const url = new URL('/_mend/events', address);
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.setNoDelay(true);
      socket.write(`GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`);
      resolve(socket);
    });
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block);
        if (name) onEvent(name[1]);
      }
    });
  });
}

(async () => {
  const started = process.hrtime.bigint();
  const { child, address } = await serve();
  console.log(`first build and start: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms (${guides.length} guides)`);
  let waiting = null;
  const stream = await events(address, (name) => { if (name !== 'hello' && waiting) waiting(name); });
  const times = [];
  for (let i = 0; i < edits; i++) {
    const file = path.join(input, 'guides', guides[(i * 7919) % guides.length]);
    const edited = edit(fs.readFileSync(file, 'utf8'), i);
    const done = new Promise((resolve) => { waiting = resolve; });
    const t0 = process.hrtime.bigint();
    fs.writeFileSync(file, edited);
    const name = await done;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (name !== 'reload') throw new Error(`expected a reload, got ${name}`);
    times.push(ms);
    console.log(`  edit ${i + 1}: ${ms.toFixed(0)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  stream.destroy();
  child.kill('SIGINT');
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`edit to reload, ${edits} one-guide ${what} edits: median ${median.toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms`);
})().catch((error) => { console.error(error); process.exit(1); });
