/** One module of Python, Go, PHP or Ruby, written from its plan. */
import { camel, numericField, pascal, PARTNER_URL, snake, type FieldType, type ModulePlan } from './vocabulary';

const PY_TYPES: Record<FieldType, string> = { string: 'str', number: 'float', boolean: 'bool', date: 'date' };
const GO_TYPES: Record<FieldType, string> = { string: 'string', number: 'float64', boolean: 'bool', date: 'time.Time' };

export function pythonModule(plan: ModulePlan): string {
  const type = pascal(plan.entity);
  const variable = snake(plan.entity);
  const lines = ['import hashlib', 'import logging', 'from dataclasses import dataclass', 'from datetime import date', '', 'logger = logging.getLogger(__name__)', '', ''];
  lines.push('@dataclass', `class ${type}:`, '    id: str', ...plan.fields.map((f) => `    ${snake(f.words)}: ${PY_TYPES[f.type]}`), '', '');
  lines.push(`class ${type}Service:`, '    def __init__(self):', '        self.items = []', '');
  lines.push(`    def register(self, ${variable}):`, `        self.items.append(${variable})`);
  lines.push(`        logger.info("registered %s", ${variable}.${plan.logged ? snake(plan.logged.words) : 'id'})`, '');
  if (plan.gap === 'weak-hash') {
    lines.push('    def hash_password(self, password):', '        return hashlib.md5(password.encode()).hexdigest()', '');
  }
  if (plan.gap === 'http-url') {
    lines.push(`    partner_url = "${PARTNER_URL}"`, '');
  }
  const n = snake(numericField(plan).words);
  plan.helpers.forEach(({ verb, constant }, i) => {
    lines.push(
      '',
      `def ${verb}_${variable}_${i}(items, threshold=10):`,
      '    total = 0',
      '    for item in items:',
      `        value = float(item.${n} or 0)`,
      '        if value > threshold:',
      `            total += value * ${constant}`,
      '        else:',
      `            total -= value % ${constant}`,
      '    return round(total / max(len(items), 1))',
      '',
    );
  });
  return lines.join('\n');
}

export function goModule(plan: ModulePlan, packageName: string): string {
  const type = pascal(plan.entity);
  const lines = [`package ${packageName}`, '', 'import (', '\t"crypto/md5"', '\t"log"', '\t"time"', ')', '', 'var _ = time.Now', 'var _ = md5.Sum', ''];
  lines.push(`type ${type} struct {`, '\tID string `json:"id"`', ...plan.fields.map((f) => `\t${pascal(f.words)} ${GO_TYPES[f.type]} \`json:"${snake(f.words)}"\``), '}', '');
  lines.push(`type ${type}Service struct {`, `\titems []${type}`, '}', '');
  lines.push(`func (s *${type}Service) Register(item ${type}) {`, '\ts.items = append(s.items, item)');
  lines.push(`\tlog.Printf("registered %s", item.${plan.logged ? pascal(plan.logged.words) : 'ID'})`, '}', '');
  if (plan.gap === 'weak-hash') {
    lines.push('func HashPassword(password string) [16]byte {', '\treturn md5.Sum([]byte(password))', '}', '');
  }
  if (plan.gap === 'http-url') {
    lines.push(`const PartnerURL = "${PARTNER_URL}"`, '');
  }
  const numeric = numericField(plan);
  plan.helpers.forEach(({ verb, constant }, i) => {
    const read = numeric.type === 'number' ? `item.${pascal(numeric.words)}` : '1.0';
    lines.push(
      `func ${pascal([verb])}${type}${i}(items []${type}, threshold float64) float64 {`,
      '\ttotal := 0.0',
      '\tfor _, item := range items {',
      `\t\tvalue := ${read}`,
      '\t\tif value > threshold {',
      `\t\t\ttotal += value * ${constant}`,
      '\t\t} else {',
      `\t\t\ttotal -= value / ${constant}`,
      '\t\t}',
      '\t}',
      '\treturn total / float64(len(items)+1)',
      '}',
      '',
    );
  });
  return lines.join('\n');
}

export function phpModule(plan: ModulePlan, namespace: string): string {
  const type = pascal(plan.entity);
  const variable = camel(plan.entity);
  const lines = ['<?php', '', `namespace ${namespace};`, '', 'use Psr\\Log\\LoggerInterface;', ''];
  lines.push(`class ${type}`, '{', '    public string $id = \'\';', ...plan.fields.map((f) => `    public $${camel(f.words)};`), '}', '');
  lines.push(`class ${type}Service`, '{', '    private array $items = [];', '', '    public function __construct(private LoggerInterface $logger)', '    {', '    }', '');
  lines.push(`    public function register(${type} $${variable}): void`, '    {', `        $this->items[] = $${variable};`);
  lines.push(`        $this->logger->info('registered ' . $${variable}->${plan.logged ? camel(plan.logged.words) : 'id'});`, '    }', '');
  if (plan.gap === 'weak-hash') {
    lines.push('    public function hashPassword(string $password): string', '    {', '        return md5($password);', '    }', '');
  }
  if (plan.gap === 'http-url') {
    lines.push(`    public const PARTNER_URL = '${PARTNER_URL}';`, '');
  }
  const n = camel(numericField(plan).words);
  plan.helpers.forEach(({ verb, constant }, i) => {
    lines.push(
      `    public static function ${verb}${type}${i}(array $items, float $threshold = 10): float`,
      '    {',
      '        $total = 0;',
      '        foreach ($items as $item) {',
      `            $value = (float) $item->${n};`,
      `            $total += $value > $threshold ? $value * ${constant} : -fmod($value, ${constant});`,
      '        }',
      '        return $total / max(count($items), 1);',
      '    }',
      '',
    );
  });
  lines.push('}', '');
  return lines.join('\n');
}

export function rubyModule(plan: ModulePlan): string {
  const type = pascal(plan.entity);
  const variable = snake(plan.entity);
  const lines = ["require 'digest'", "require 'logger'", ''];
  lines.push(`class ${type}`, `  attr_accessor :id, ${plan.fields.map((f) => `:${snake(f.words)}`).join(', ')}`, 'end', '');
  lines.push(`class ${type}Service`, '  def initialize(logger = Logger.new($stdout))', '    @logger = logger', '    @items = []', '  end', '');
  lines.push(`  def register(${variable})`, `    @items << ${variable}`);
  lines.push(`    @logger.info("registered #{${variable}.${plan.logged ? snake(plan.logged.words) : 'id'}}")`, '  end', '');
  if (plan.gap === 'weak-hash') {
    lines.push('  def hash_password(password)', '    Digest::MD5.hexdigest(password)', '  end', '');
  }
  if (plan.gap === 'http-url') {
    lines.push(`  PARTNER_URL = '${PARTNER_URL}'`, '');
  }
  const n = snake(numericField(plan).words);
  plan.helpers.forEach(({ verb, constant }, i) => {
    lines.push(
      `  def self.${verb}_${variable}_${i}(items, threshold = 10)`,
      '    total = 0',
      '    items.each do |item|',
      `      value = item.${n}.to_f`,
      `      total += value > threshold ? value * ${constant} : -(value % ${constant})`,
      '    end',
      '    (total / [items.size, 1].max).round',
      '  end',
      '',
    );
  });
  lines.push('end', '');
  return lines.join('\n');
}
