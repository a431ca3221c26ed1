import * as assert from 'assert';
import { parseCommandLine, USAGE, UsageError } from '../../src/cli/args';

describe('privacy-lens command line', () => {
  it('keeps scan as it was', () => {
    assert.deepStrictEqual(parseCommandLine(['scan']), { command: 'scan', paths: ['.'], format: 'text', failOn: 'error', debug: false });
    assert.deepStrictEqual(parseCommandLine(['scan', 'a', 'b', '--format', 'sarif', '--fail-on', 'none', '--output', 'r.sarif', '--config', 'c.json']), {
      command: 'scan',
      paths: ['a', 'b'],
      format: 'sarif',
      failOn: 'none',
      debug: false,
      config: 'c.json',
      output: 'r.sarif',
    });
  });

  it('reads report with its paths, format and output, Markdown by default', () => {
    assert.deepStrictEqual(parseCommandLine(['report']), { command: 'report', paths: ['.'], format: 'markdown', debug: false });
    for (const format of ['markdown', 'html', 'json', 'sarif']) {
      assert.strictEqual((parseCommandLine(['report', '--format', format]) as { format: string }).format, format);
    }
    assert.deepStrictEqual(parseCommandLine(['report', 'src', 'lib', '--format', 'html', '--output', 'privacy.html', '--config', 'p.json', '--debug']), {
      command: 'report',
      paths: ['src', 'lib'],
      format: 'html',
      debug: true,
      config: 'p.json',
      output: 'privacy.html',
    });
  });

  it('reads checklist with one optional folder and a text, Markdown or JSON format', () => {
    assert.deepStrictEqual(parseCommandLine(['checklist']), { command: 'checklist', path: '.', format: 'text', debug: false });
    assert.deepStrictEqual(parseCommandLine(['checklist', 'app', '--format', 'json', '--config', 'p.json']), { command: 'checklist', path: 'app', format: 'json', debug: false, config: 'p.json' });
  });

  it('refuses, in one line, what a command does not take', () => {
    const cases: [string[], RegExp][] = [
      [['report', '--format', 'text'], /^--format must be one of markdown, html, json, sarif, got "text"$/],
      [['scan', '--format', 'markdown'], /^--format must be one of text, json, sarif, got "markdown"$/],
      [['checklist', '--format', 'html'], /^--format must be one of text, markdown, json, got "html"$/],
      [['report', '--fail-on', 'warning'], /^--fail-on does not apply to report/],
      [['checklist', '--output', 'x.md'], /^--output does not apply to checklist/],
      [['checklist', 'a', 'b'], /^checklist takes one workspace folder, got 2: a b$/],
      [['audit'], /^unknown command "audit"; the commands are scan, merge, report and checklist \(see --help\)$/],
    ];
    for (const [args, message] of cases) {
      assert.throws(() => parseCommandLine(args), (error: unknown) => error instanceof UsageError && message.test(error.message), args.join(' '));
    }
  });

  it('documents every command, format and the reproducible-time variable', () => {
    for (const phrase of ['scan [paths...]', 'report [paths...]', 'checklist [path]', 'markdown|html|json|sarif', 'text|markdown|json', 'PRIVACY_LENS_NOW', '"regulations"']) {
      assert.ok(USAGE.includes(phrase), phrase);
    }
  });
});
