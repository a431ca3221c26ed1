/**
 * Hover on a Privacy Lens finding: the DPO checklist question each finding raises and, for each
 * law in scope (`privacyLens.regulations`), whether it applies and what it says, each citation
 * marked as the checklist document marks it when it was not checked against the law's own text;
 * and a link to open the item. Stateless: recomputed from our diagnostics under the cursor.
 */
import * as vscode from 'vscode';
import { checklistItem } from '../core/checklist/items';
import type { ChecklistItem } from '../core/checklist/model';
import { APPLICABILITY_LABEL, VERIFICATION_MARK } from '../core/checklist/render';
import { RULE_CATALOGUE } from '../core/rules/catalogue';
import { REGULATION_NAMES, type Regulation } from '../core/taxonomy/sensitivity';
import { COMMANDS } from './commandIds';
import { readConfig } from './configuration';
import { ruleIdOf } from './diagnosticMapping';
import { escapeMarkdown } from './markdownEscape';

export class FindingHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const here = vscode.languages.getDiagnostics(document.uri).filter((d) => ruleIdOf(d) !== undefined && d.range.contains(position));
    const items = uniqueItems(here.flatMap((d) => checklistItemsFor(ruleIdOf(d) ?? '')));
    if (items.length === 0) {
      return undefined;
    }
    const { regulations } = readConfig(document.uri).config;
    const markdown = new vscode.MarkdownString(items.map((item) => itemMarkdown(item, regulations)).join('\n\n---\n\n'));
    markdown.isTrusted = { enabledCommands: [COMMANDS.openChecklistItem] };
    const range = here.map((d) => d.range).reduce((a, b) => a.intersection(b) ?? a);
    return new vscode.Hover(markdown, range);
  }
}

function checklistItemsFor(ruleId: string): ChecklistItem[] {
  const ids = RULE_CATALOGUE.find((r) => r.id === ruleId)?.checklist ?? [];
  return ids.map(checklistItem).filter((item): item is ChecklistItem => item !== undefined);
}

function uniqueItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function itemMarkdown(item: ChecklistItem, regulations: readonly Regulation[]): string {
  const lines = [`**DPO checklist: ${escapeMarkdown(item.title)}**`, '', escapeMarkdown(item.question), ''];
  for (const regulation of regulations) {
    const scope = item.applicability[regulation];
    lines.push(`*${REGULATION_NAMES[regulation]}*: ${APPLICABILITY_LABEL[scope.applicability]} (as of ${scope.asOf}). ${escapeMarkdown(scope.note)}`, '');
    const citations = item.citations.filter((c) => c.regulation === regulation);
    lines.push(...citations.map((c) => `- **${escapeMarkdown(c.provision)}**: ${escapeMarkdown(c.paraphrase)}${VERIFICATION_MARK[c.verification]}`));
    const clocks = (item.deadlines ?? []).filter((c) => c.regulation === regulation);
    lines.push(...clocks.map((c) => `- Notify **${escapeMarkdown(c.notify)}**: ${escapeMarkdown(c.deadline)} (${escapeMarkdown(c.provision)})${VERIFICATION_MARK[c.verification]}`));
    if (citations.length + clocks.length > 0) {
      lines.push('');
    }
  }
  const open = `command:${COMMANDS.openChecklistItem}?${encodeURIComponent(JSON.stringify([item.id]))}`;
  lines.push(`[Open the checklist item](${open})`);
  return lines.join('\n');
}
