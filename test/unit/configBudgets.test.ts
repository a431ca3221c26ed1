import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, validateConfig } from '../../src/core/config';
import { FILE_TIME_BUDGET_MS_RANGE, MAX_FILE_SIZE_KB_RANGE } from '../../src/core/configBudgets';
import { DEFAULT_PARSE_BUDGET_MS } from '../../src/core/languages/treeSitter';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/core/scan/fileReading';

interface BudgetSetting {
  type: string;
  default: number;
  minimum: number;
  maximum: number;
}
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, BudgetSetting | undefined> } };
};

describe('per-file budgets', () => {
  it('default to the reader’s size limit and the parser’s time budget', () => {
    const { config, problems } = validateConfig({}, []);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(config.maxFileBytes, DEFAULT_MAX_FILE_BYTES);
    assert.strictEqual(config.fileTimeBudgetMs, DEFAULT_PARSE_BUDGET_MS);
    assert.strictEqual(DEFAULT_CONFIG.maxFileBytes, DEFAULT_MAX_FILE_BYTES);
    assert.strictEqual(DEFAULT_CONFIG.fileTimeBudgetMs, DEFAULT_PARSE_BUDGET_MS);
  });

  it('take maxFileSizeKB in kilobytes and fileTimeBudgetMs in milliseconds', () => {
    const { config, problems } = validateConfig({ maxFileSizeKB: 512, fileTimeBudgetMs: 20_000 }, []);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(config.maxFileBytes, 512 * 1024);
    assert.strictEqual(config.fileTimeBudgetMs, 20_000);
  });

  it('name a budget that is not a whole number within bounds, and keep its default', () => {
    for (const bad of [0, -5, 1.5, '100', null, 10_000_000, Number.NaN]) {
      const { config, problems } = validateConfig({ maxFileSizeKB: bad, fileTimeBudgetMs: bad }, []);
      assert.deepStrictEqual(problems.map((p) => p.key), ['maxFileSizeKB', 'fileTimeBudgetMs'], String(bad));
      assert.match(problems[0]?.message ?? '', new RegExp(`expected a whole number from ${MAX_FILE_SIZE_KB_RANGE.min} to ${MAX_FILE_SIZE_KB_RANGE.max}, got .*; using the default 2048$`));
      assert.strictEqual(config.maxFileBytes, DEFAULT_MAX_FILE_BYTES);
      assert.strictEqual(config.fileTimeBudgetMs, DEFAULT_PARSE_BUDGET_MS);
    }
  });

  it('are contributed as editor settings with the same defaults and bounds', () => {
    const { properties } = manifest.contributes.configuration;
    assert.deepStrictEqual(properties['privacyLens.maxFileSizeKB'] && { ...properties['privacyLens.maxFileSizeKB'], markdownDescription: undefined }, {
      type: 'integer',
      default: DEFAULT_MAX_FILE_BYTES / 1024,
      minimum: MAX_FILE_SIZE_KB_RANGE.min,
      maximum: MAX_FILE_SIZE_KB_RANGE.max,
      markdownDescription: undefined,
    });
    assert.deepStrictEqual(properties['privacyLens.fileTimeBudgetMs'] && { ...properties['privacyLens.fileTimeBudgetMs'], markdownDescription: undefined }, {
      type: 'integer',
      default: DEFAULT_PARSE_BUDGET_MS,
      minimum: FILE_TIME_BUDGET_MS_RANGE.min,
      maximum: FILE_TIME_BUDGET_MS_RANGE.max,
      markdownDescription: undefined,
    });
  });
});
