/**
 * Text into Markdown that VS Code renders (hovers): the characters that would start emphasis, a
 * link, code or HTML are escaped, so the checklist's words show as written. MarkdownString's
 * appendText would do it too, but turns every space into &nbsp;. No `vscode` import.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}
