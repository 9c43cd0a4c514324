// What VS Code's JSON engine (the npm package vscode-json-languageservice) shows on hover over
// keys of a case file, with the case's `$schema` resolved from the file system only.
//
// usage: node hover.js CASE.json POINTER...   (each POINTER a JSON pointer to a key, e.g.
//        /forms/i589/part_b/past_harm)
// prints one JSON object: { pointer: hover text (Markdown), ... }; a key without hover: null.
'use strict';
const fs = require('fs');
const path = require('path');
const url = require('url');
const ls = require('vscode-json-languageservice');
const { TextDocument } = require('vscode-languageserver-textdocument');

const [casePath, ...pointers] = process.argv.slice(2);
const text = fs.readFileSync(casePath, 'utf8');
const caseUri = url.pathToFileURL(path.resolve(casePath)).toString();

const service = ls.getLanguageService({
  // file:// only: no schema is ever fetched from the network.
  schemaRequestService: (uri) => {
    if (!uri.startsWith('file:')) {
      return Promise.reject(new Error('not a file URL: ' + uri));
    }
    return Promise.resolve(fs.readFileSync(url.fileURLToPath(uri), 'utf8'));
  },
  workspaceContext: {
    resolveRelativePath: (relative, resource) => new URL(relative, resource).toString(),
  },
});
service.configure({ validate: true, allowComments: false });

const doc = TextDocument.create(caseUri, 'json', 1, text);
const json = service.parseJSONDocument(doc);

// The offset of the key a pointer names, walking the parsed tree.
function keyOffset(pointer) {
  let node = json.root;
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let key = null;
  for (const part of parts) {
    if (!node) return null;
    if (node.type === 'object') {
      const prop = node.properties.find((p) => p.keyNode.value === part);
      if (!prop) return null;
      key = prop.keyNode;
      node = prop.valueNode;
    } else if (node.type === 'array') {
      node = node.items[Number(part)];
      key = node;
    } else {
      return null;
    }
  }
  return key ? key.offset + 1 : null;
}

(async () => {
  const out = {};
  for (const p of pointers) {
    const offset = keyOffset(p);
    if (offset === null) {
      out[p] = null;
      continue;
    }
    const hover = await service.doHover(doc, doc.positionAt(offset), json);
    if (!hover) {
      out[p] = null;
      continue;
    }
    const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
    out[p] = contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n');
  }
  const problems = await service.doValidation(doc, json);
  out['$problems'] = problems.map((d) => d.message);
  process.stdout.write(JSON.stringify(out) + '\n');
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(2);
});
