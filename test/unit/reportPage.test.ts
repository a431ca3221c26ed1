/** The report panel's page: a strict CSP with a fresh nonce, and nothing loadable outside media/. */
import * as assert from 'assert';
import { makeNonce, MEDIA_FOLDER, reportPageCsp, reportPageHtml, reportWebviewOptionsFor } from '../../src/extension/report/reportPage';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SOURCES = {
  cspSource: CSP_SOURCE,
  scriptUri: `${CSP_SOURCE}/ext/media/report.js`,
  styleUri: `${CSP_SOURCE}/ext/media/report.css`,
  nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=',
};

/** The policy's directives, by name, as a browser reads the meta element's content. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('the report panel page', () => {
  it('allows only our script, by nonce, and only our style sheet, with no network, base, or form target', () => {
    const policy = directives(reportPageCsp(CSP_SOURCE, SOURCES.nonce));
    assert.deepStrictEqual(Object.fromEntries(policy), {
      'default-src': ["'none'"],
      'img-src': [CSP_SOURCE],
      'style-src': [CSP_SOURCE],
      'font-src': [CSP_SOURCE],
      'script-src': [`'nonce-${SOURCES.nonce}'`],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
    const everything = [...policy.values()].flat().join(' ');
    assert.doesNotMatch(everything, /unsafe-inline|unsafe-eval|\*|data:|blob:/);
  });

  it('puts the policy first in <head>, and loads one script carrying the nonce, with no inline code', () => {
    const html = reportPageHtml(SOURCES);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.strictEqual(meta?.[1], reportPageCsp(CSP_SOURCE, SOURCES.nonce));
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<link'), 'the policy comes before anything it governs');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.deepStrictEqual(
      scripts.map((m) => [m[1], m[2]]),
      [[` nonce="${SOURCES.nonce}" src="${SOURCES.scriptUri}"`, '']],
    );
    assert.doesNotMatch(html, /\son[a-z]+=|style=|javascript:/i);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => makeNonce()));
    assert.strictEqual(nonces.size, 50);
    for (const nonce of nonces) {
      assert.strictEqual(Buffer.from(nonce, 'base64').length, 16);
    }
  });

  it('limits the webview to media/ and turns command: links off', () => {
    const mediaRoot = { path: `/extension/${MEDIA_FOLDER}` };
    const options = reportWebviewOptionsFor(mediaRoot);
    assert.strictEqual(MEDIA_FOLDER, 'media');
    assert.deepStrictEqual(options.localResourceRoots, [mediaRoot]);
    assert.strictEqual(options.enableCommandUris, false);
    assert.strictEqual(options.enableScripts, true);
  });
});
