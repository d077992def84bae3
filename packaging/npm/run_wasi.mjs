// Runs a wasm32-wasi command with node's WASI, its standard output into a file:
//   node --no-warnings run_wasi.mjs program.wasm output
import { openSync, closeSync, readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const [program, output] = process.argv.slice(2);
const fd = openSync(output, 'w');
const wasi = new WASI({ version: 'preview1', args: [program], env: {}, stdout: fd, returnOnExit: true });
const module = await WebAssembly.compile(readFileSync(program));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
const status = wasi.start(instance);
closeSync(fd);
process.exitCode = status;
