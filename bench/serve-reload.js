#!/usr/bin/env node
'use strict';
// Edit-to-reload time of `mend serve`: the time from saving a guide to the `reload` event an open page receives,
// on a generated site. Each edit changes a sentence of a guide's text, the way fixing a typo does (not its title,
// which every page that lists the guide shows). A figure, not a test.
//   node bench/serve-reload.js MEND INPUT THEMES [edits]
// MEND is the mend to run (the published one: bash bench/run builds it, or dotnet publish src/Mend.Cli -c Release).
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');

const [mend, input, themes, editsArg] = process.argv.slice(2);
if (!mend || !input || !themes) {
  console.error('usage: node bench/serve-reload.js MEND INPUT THEMES [edits]');
  process.exit(2);
}
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

function events(address, onEvent) {
  return new Promise((resolve) => {
    http.get(new URL('/_mend/events', address), (response) => {
      let buffer = '';
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(block);
          if (name) onEvent(name[1]);
        }
      });
      resolve(response);
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
    const text = fs.readFileSync(file, 'utf8');
    const done = new Promise((resolve) => { waiting = resolve; });
    const t0 = process.hrtime.bigint();
    fs.writeFileSync(file, text.replace(/^([A-Z][^\n]*?)( Edited \d+\.)?$/m, (line, sentence) => `${sentence} Edited ${i}.`));
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
  console.log(`edit to reload, ${edits} one-guide edits: median ${median.toFixed(0)} ms, fastest ${times[0].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms`);
})().catch((error) => { console.error(error); process.exit(1); });
