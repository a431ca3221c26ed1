/** One module of TypeScript, JavaScript, Java or C#, written from its plan. */
import { camel, numericField, pascal, PARTNER_URL, type Field, type FieldType, type ModulePlan } from './vocabulary';

const TS_TYPES: Record<FieldType, string> = { string: 'string', number: 'number', boolean: 'boolean', date: 'Date' };
const JAVA_TYPES: Record<FieldType, string> = { string: 'String', number: 'long', boolean: 'boolean', date: 'java.time.LocalDate' };
const CS_TYPES: Record<FieldType, string> = { string: 'string', number: 'decimal', boolean: 'bool', date: 'DateTime' };

function helperBody(plan: ModulePlan, indent: string, declare: string, itemsLength: string): string {
  const n = camel(numericField(plan).words);
  return plan.helpers
    .map(({ verb, constant }, i) => {
      const name = `${verb}${pascal(plan.entity)}${i}`;
      return [
        `${indent}${declare.replace('NAME', name)} {`,
        `${indent}  let total = 0;`,
        `${indent}  for (let i = 0; i < ${itemsLength}; i++) {`,
        `${indent}    const value = Number(items[i].${n});`,
        `${indent}    if (value > threshold) {`,
        `${indent}      total += value * ${constant};`,
        `${indent}    } else {`,
        `${indent}      total -= value % ${constant};`,
        `${indent}    }`,
        `${indent}  }`,
        `${indent}  return Math.round(total / Math.max(${itemsLength}, 1));`,
        `${indent}}`,
        '',
      ].join('\n');
    })
    .join('\n');
}

function registerLine(plan: ModulePlan, logger: string, variable: string, name: (f: Field) => string): string {
  return plan.logged
    ? `${logger}(\`registered ${plan.entity.join(' ')} \${${variable}.${name(plan.logged)}}\`);`
    : `${logger}(\`registered ${plan.entity.join(' ')} \${${variable}.id}\`);`;
}

export function typescriptModule(plan: ModulePlan, javascript: boolean): string {
  const type = pascal(plan.entity);
  const variable = camel(plan.entity);
  const t = (text: string): string => (javascript ? '' : text);
  const lines: string[] = [];
  lines.push(javascript ? "const crypto = require('crypto');" : "import * as crypto from 'crypto';");
  lines.push(javascript ? "const { logger } = require('../shared/logger');" : "import { logger } from '../shared/logger';", '');
  if (!javascript) {
    lines.push(`export interface ${type} {`, '  id: string;', ...plan.fields.map((f) => `  ${camel(f.words)}: ${TS_TYPES[f.type]};`), '}', '');
  }
  if (javascript) {
    // Plain JavaScript has no interface: the record's shape is its defaults object.
    const empty: Record<FieldType, string> = { string: "''", number: '0', boolean: 'false', date: 'null' };
    lines.push(`const ${variable}Defaults = {`, "  id: '',", ...plan.fields.map((f) => `  ${camel(f.words)}: ${empty[f.type]},`), '};', '');
  }
  lines.push(`${javascript ? '' : 'export '}class ${type}Service {`);
  lines.push(`  ${t('private readonly ')}items${t(`: ${type}[]`)} = [];`, '');
  lines.push(`  register(${variable}${t(`: ${type}`)})${t(': void')} {`, `    this.items.push(${variable});`);
  lines.push(`    ${registerLine(plan, 'logger.info', variable, (f) => camel(f.words))}`, '  }', '');
  if (plan.gap === 'weak-hash') {
    lines.push(`  hashPassword(password${t(': string')})${t(': string')} {`, "    return crypto.createHash('md5').update(password).digest('hex');", '  }', '');
  }
  if (plan.gap === 'http-url') {
    lines.push(`  async sync()${t(': Promise<void>')} {`, `    await fetch('${PARTNER_URL}', { method: 'POST', body: JSON.stringify(this.items) });`, '  }', '');
  }
  lines.push('}', '');
  const declare = javascript ? 'function NAME(items, threshold = 10)' : `export function NAME(items: readonly ${type}[], threshold = 10): number`;
  lines.push(helperBody(plan, '', declare, 'items.length'));
  if (javascript) {
    lines.push(`module.exports = { ${variable}Defaults, ${type}Service };`, '');
  }
  return lines.join('\n');
}

export function javaModule(plan: ModulePlan, packageName: string): string {
  const type = pascal(plan.entity);
  const variable = camel(plan.entity);
  const lines = [`package ${packageName};`, '', 'import java.security.MessageDigest;', 'import java.util.ArrayList;', 'import java.util.List;', 'import org.slf4j.Logger;', 'import org.slf4j.LoggerFactory;', ''];
  lines.push(`public class ${type}Service {`, `  private static final Logger log = LoggerFactory.getLogger(${type}Service.class);`, '');
  lines.push(`  public static class ${type} {`, '    public String id;', ...plan.fields.map((f) => `    public ${JAVA_TYPES[f.type]} ${camel(f.words)};`), '  }', '');
  lines.push(`  private final List<${type}> items = new ArrayList<>();`, '');
  lines.push(`  public void register(${type} ${variable}) {`, `    items.add(${variable});`);
  lines.push(plan.logged ? `    log.info("registered {}", ${variable}.${camel(plan.logged.words)});` : `    log.info("registered {}", ${variable}.id);`, '  }', '');
  if (plan.gap === 'weak-hash') {
    lines.push('  public byte[] hashPassword(String password) throws Exception {', '    return MessageDigest.getInstance("MD5").digest(password.getBytes());', '  }', '');
  }
  if (plan.gap === 'http-url') {
    lines.push(`  public static final String PARTNER_URL = "${PARTNER_URL}";`, '');
  }
  const numeric = numericField(plan);
  const read = numeric.type === 'number' ? `item.${camel(numeric.words)}` : `item.${camel(numeric.words)} == null ? 0 : 1`;
  plan.helpers.forEach(({ verb, constant }, i) => {
    lines.push(
      `  public static long ${verb}${type}${i}(List<${type}> items, long threshold) {`,
      '    long total = 0;',
      `    for (${type} item : items) {`,
      `      long value = ${read};`,
      `      total += value > threshold ? value * ${constant} : -(value % ${constant});`,
      '    }',
      '    return total / Math.max(items.size(), 1);',
      '  }',
      '',
    );
  });
  lines.push('}', '');
  return lines.join('\n');
}

export function csharpModule(plan: ModulePlan, namespace: string): string {
  const type = pascal(plan.entity);
  const variable = camel(plan.entity);
  const lines = ['using System;', 'using System.Collections.Generic;', 'using System.Security.Cryptography;', 'using System.Text;', 'using Microsoft.Extensions.Logging;', '', `namespace ${namespace};`, ''];
  lines.push(`public class ${type}`, '{', '    public string Id { get; set; } = "";', ...plan.fields.map((f) => `    public ${CS_TYPES[f.type]} ${pascal(f.words)} { get; set; }`), '}', '');
  lines.push(`public class ${type}Service`, '{', `    private readonly ILogger<${type}Service> _logger;`, `    private readonly List<${type}> _items = new();`, '');
  lines.push(`    public ${type}Service(ILogger<${type}Service> logger) => _logger = logger;`, '');
  lines.push(`    public void Register(${type} ${variable})`, '    {', `        _items.Add(${variable});`);
  lines.push(plan.logged ? `        _logger.LogInformation("registered {Value}", ${variable}.${pascal(plan.logged.words)});` : `        _logger.LogInformation("registered {Id}", ${variable}.Id);`, '    }', '');
  if (plan.gap === 'weak-hash') {
    lines.push('    public byte[] HashPassword(string password) => MD5.Create().ComputeHash(Encoding.UTF8.GetBytes(password));', '');
  }
  if (plan.gap === 'http-url') {
    lines.push(`    public const string PartnerUrl = "${PARTNER_URL}";`, '');
  }
  const numeric = numericField(plan);
  const read = numeric.type === 'number' ? `item.${pascal(numeric.words)}` : `item.${pascal(numeric.words)} == null ? 0m : 1m`;
  plan.helpers.forEach(({ verb, constant }, i) => {
    lines.push(
      `    public static decimal ${pascal([verb])}${type}${i}(IReadOnlyList<${type}> items, decimal threshold)`,
      '    {',
      '        decimal total = 0;',
      '        foreach (var item in items)',
      '        {',
      `            decimal value = ${read};`,
      `            total += value > threshold ? value * ${constant} : -(value % ${constant});`,
      '        }',
      '        return total / Math.Max(items.Count, 1);',
      '    }',
      '',
    );
  });
  lines.push('}', '');
  return lines.join('\n');
}
