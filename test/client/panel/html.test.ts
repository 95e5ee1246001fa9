import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentSecurityPolicy, createNonce, panelHtml } from '../../../client/panel/html';

const source = 'https://file+.vscode-resource.vscode-cdn.net';

test('the CSP allows only the extension’s files, data images and the nonce’d script', () => {
  assert.equal(
    contentSecurityPolicy(source, 'abc'),
    `default-src 'none'; img-src ${source} data:; style-src ${source}; script-src 'nonce-abc'; font-src ${source}`,
  );
});

test('the page carries the CSP, one stylesheet and one nonce’d script, and escapes what it is given', () => {
  const html = panelHtml({ cspSource: source, nonce: 'n0nce', scriptUri: `${source}/dist/webview.js`, styleUri: `${source}/dist/webview.css`, title: 'a <b> & "c"' });
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'nonce-n0nce'/);
  assert.match(html, /<link rel="stylesheet" href="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/dist\/webview\.css">/);
  assert.match(html, /<script nonce="n0nce" src="[^"]+\/dist\/webview\.js"><\/script>/);
  assert.match(html, /<title>a &lt;b&gt; &amp; "c"<\/title>/);
  assert.doesNotMatch(html, /style=|<style/);
  assert.equal(html.match(/<script/g)?.length, 1);
});

test('nonces are 32 alphanumerics and differ each time', () => {
  const a = createNonce();
  assert.match(a, /^[A-Za-z0-9]{32}$/);
  assert.notEqual(a, createNonce());
});
