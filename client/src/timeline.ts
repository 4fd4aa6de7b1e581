/**
 * The 'Chronologie' view: the active note's dated events in date order, from the server
 * ('clinlint/timeline'). Clicking an event selects its date and reveals its sentence.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface TimelineEvent {
  text: string;
  value: string;
  label: string;
  range: LspRange;
  sentence: LspRange;
}

const toRange = (r: LspRange) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export class TimelineProvider implements vscode.TreeDataProvider<TimelineEvent> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private events: TimelineEvent[] = [];
  private uri: vscode.Uri | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Asks the server again for the active editor's note (after a lint, an editor change). */
  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.client();
    let events: TimelineEvent[] | null = null;
    if (editor && client?.isRunning()) {
      try {
        events = await client.sendRequest<TimelineEvent[] | null>('clinlint/timeline', { uri: editor.document.uri.toString() });
      } catch {
        events = null; // a server restarting: the next refresh fills the view
      }
    }
    this.uri = events ? editor?.document.uri : undefined;
    this.events = events ?? [];
    await vscode.commands.executeCommand('setContext', 'clinlint.timelineAvailable', events !== null);
    this.changed.fire();
  }

  getChildren(element?: TimelineEvent): TimelineEvent[] {
    return element ? [] : this.events;
  }

  getTreeItem(e: TimelineEvent): vscode.TreeItem {
    const item = new vscode.TreeItem(`${e.value} — ${e.label}`, vscode.TreeItemCollapsibleState.None);
    item.description = `« ${e.text} »`;
    item.tooltip = new vscode.MarkdownString(`**${e.text}** → ${e.value}\n\n${e.label}`);
    item.iconPath = new vscode.ThemeIcon('calendar');
    if (this.uri) item.command = { title: 'Afficher', command: 'clinlint.revealEvent', arguments: [this.uri, e] };
    return item;
  }
}

export function registerTimeline(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): TimelineProvider {
  const provider = new TimelineProvider(client);
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void provider.refresh(), 100);
  };
  context.subscriptions.push(
    vscode.window.createTreeView('clinlint.timeline', { treeDataProvider: provider, showCollapseAll: false }),
    vscode.window.onDidChangeActiveTextEditor(soon),
    // Diagnostics come after each lint: the events are up to date then.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) soon();
    }),
    vscode.commands.registerCommand('clinlint.revealEvent', async (uri: vscode.Uri, e: TimelineEvent) => {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
      editor.selection = new vscode.Selection(toRange(e.range).start, toRange(e.range).end);
      editor.revealRange(toRange(e.sentence), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    { dispose: () => clearTimeout(timer) },
  );
  return provider;
}
