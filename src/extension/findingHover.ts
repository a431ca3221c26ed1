/**
 * Hover on a Privacy Lens finding: the DPO checklist question each finding raises and what the
 * laws in scope (`privacyLens.regulations`) say, each citation with how it was verified, and a
 * link to open the item. Stateless: recomputed from our diagnostics under the cursor.
 */
import * as vscode from 'vscode';
import { checklistItem } from '../core/checklist/items';
import type { ChecklistItem } from '../core/checklist/model';
import { RULES } from '../core/rules';
import { REGULATION_NAMES, type Regulation, type Verification } from '../core/taxonomy/sensitivity';
import { COMMANDS } from './commandIds';
import { readConfig } from './configuration';
import { ruleIdOf } from './diagnosticMapping';

/** Shown beside a citation not checked against the law's own text; primary-text citations carry no mark. */
export const VERIFICATION_NOTES: Readonly<Record<Verification, string | undefined>> = {
  primary: undefined,
  secondary: 'secondary source only',
  unverified: 'UNVERIFIED: confirm before relying on it',
};

export class FindingHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const here = vscode.languages.getDiagnostics(document.uri).filter((d) => ruleIdOf(d) && d.range.contains(position));
    const items = uniqueItems(here.flatMap((d) => checklistItemsFor(ruleIdOf(d)!)));
    if (items.length === 0) {
      return undefined;
    }
    const { regulations } = readConfig(document.uri).config;
    const markdown = new vscode.MarkdownString();
    markdown.isTrusted = { enabledCommands: [COMMANDS.openChecklistItem] };
    items.forEach((item, index) => appendItem(markdown, item, regulations, index > 0));
    const range = here.map((d) => d.range).reduce((a, b) => a.intersection(b) ?? a);
    return new vscode.Hover(markdown, range);
  }
}

/**
 * The checklist's words as text, not markup: the characters that would start emphasis, a link, code
 * or HTML are escaped (appendText would also turn every space into &nbsp;, which screen readers
 * and the suite read badly).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

function checklistItemsFor(ruleId: string): ChecklistItem[] {
  const ids = RULES.find((r) => r.id === ruleId)?.checklist ?? [];
  return ids.map(checklistItem).filter((item): item is ChecklistItem => item !== undefined);
}

function uniqueItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

function appendItem(markdown: vscode.MarkdownString, item: ChecklistItem, regulations: readonly Regulation[], separated: boolean): void {
  if (separated) {
    markdown.appendMarkdown('\n\n---\n\n');
  }
  markdown.appendMarkdown(`**DPO checklist: ${escapeMarkdown(item.title)}**\n\n${escapeMarkdown(item.question)}\n\n`);
  for (const regulation of regulations) {
    const citations = item.citations.filter((c) => c.regulation === regulation);
    if (citations.length === 0) {
      continue;
    }
    markdown.appendMarkdown(`*${REGULATION_NAMES[regulation]}*\n\n`);
    for (const citation of citations) {
      const note = VERIFICATION_NOTES[citation.verification];
      markdown.appendMarkdown(`- **${escapeMarkdown(citation.provision)}**: ${escapeMarkdown(citation.paraphrase)}${note ? ` **(${note})**` : ''}\n`);
    }
    markdown.appendMarkdown('\n');
  }
  const open = `command:${COMMANDS.openChecklistItem}?${encodeURIComponent(JSON.stringify([item.id]))}`;
  markdown.appendMarkdown(`[Open the checklist item](${open})`);
}
