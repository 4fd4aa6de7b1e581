/**
 * The clinlint VS Code extension: starts the language server, adds commands and a status item.
 * It knows LSP, not rules: every finding comes from the server.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { registerTimeline, type TimelineProvider } from './timeline.js';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;

/** Restarts a dead server at most MAX_RESTARTS times in RESTART_WINDOW_MS, then tells the user. */
function boundedRestarts(output: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        output.appendLine(`[clinlint] le serveur s'est arrêté ${crashes.length} fois en 3 minutes ; il n'est plus relancé.`);
        return { action: CloseAction.DoNotRestart, message: "Le serveur clinlint s'est arrêté trop souvent. Commande « clinlint : Redémarrer le serveur » pour le relancer." };
      }
      return { action: CloseAction.Restart };
    },
  };
}

function countLabel(uri: vscode.Uri | undefined): string {
  if (!uri) return '';
  const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clinlint');
  const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  const infos = diagnostics.length - errors - warnings;
  if (diagnostics.length === 0) return 'aucun problème';
  const part = (n: number, one: string, many: string) => (n ? [`${n} ${n > 1 ? many : one}`] : []);
  return [...part(errors, 'erreur', 'erreurs'), ...part(warnings, 'alerte', 'alertes'), ...part(infos, 'info', 'infos')].join(', ');
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; timeline: TimelineProvider }> {
  const output = vscode.window.createOutputChannel('clinlint');
  const serverModule = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'clinical-note' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'markdown', scheme: 'file' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.clinlintrc.json,.clinlintignore,glossaire.json,dictionnaire.txt}') },
    // In an untrusted workspace the server reads no .clinlintrc.json: built-in defaults apply.
    initializationOptions: { docsBaseUri: vscode.Uri.file(context.extensionPath).toString(), trusted: vscode.workspace.isTrusted },
    outputChannel: output,
    errorHandler: boundedRestarts(output),
  };
  client = new LanguageClient('clinlint', 'clinlint', serverOptions, clientOptions);

  const status = vscode.languages.createLanguageStatusItem('clinlint.status', [
    { language: 'clinical-note' },
    { language: 'plaintext', scheme: 'file' },
    { language: 'markdown', scheme: 'file' },
  ]);
  status.name = 'clinlint';
  status.command = { title: 'Journal', command: 'clinlint.showOutput' };
  const refreshStatus = () => {
    const state = client?.state === State.Running ? 'actif' : client?.state === State.Starting ? 'démarrage…' : 'arrêté';
    const counts = countLabel(vscode.window.activeTextEditor?.document.uri);
    status.text = `clinlint : ${counts || state}`;
    status.detail = `serveur ${state}`;
    status.severity = client?.state === State.Running ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
  };

  context.subscriptions.push(
    output,
    status,
    client.onDidChangeState(refreshStatus),
    vscode.languages.onDidChangeDiagnostics(refreshStatus),
    vscode.window.onDidChangeActiveTextEditor(refreshStatus),
    vscode.commands.registerCommand('clinlint.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        new vscode.Range(0, 0, 0, 0),
        'source.fixAll.clinlint',
      );
      const fixAll = actions?.find((a) => a.kind?.value === 'source.fixAll.clinlint' && a.edit);
      if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
      else vscode.window.showInformationMessage('clinlint : rien à corriger automatiquement dans ce fichier.');
    }),
    vscode.commands.registerCommand('clinlint.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('clinlint.showOutput', () => output.show(true)),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.restart();
      refreshStatus();
    }),
    vscode.commands.registerCommand('clinlint.restart', async () => {
      await client?.restart();
      refreshStatus();
    }),
  );
  const timeline = registerTimeline(context, () => client);
  await client.start();
  refreshStatus();
  void timeline.refresh();
  return { client, timeline };
}

/** Lints every note of the workspace into the Problems panel, with progress. */
async function lintWorkspace(): Promise<void> {
  if (!client) return;
  const patterns = vscode.workspace.getConfiguration('clinlint').get<string[]>('files', []);
  const globs = ['**/*.note', ...patterns];
  const found = new Map<string, vscode.Uri>();
  for (const glob of globs) for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**')) found.set(uri.toString(), uri);
  for (const config of await vscode.workspace.findFiles('**/.clinlintrc.json', '**/node_modules/**')) {
    const folder = vscode.Uri.joinPath(config, '..');
    for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{txt,md}'), '**/node_modules/**')) found.set(uri.toString(), uri);
  }
  const uris = [...found.values()];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'clinlint : analyse de l’espace de travail', cancellable: true },
    async (progress, token) => {
      let done = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        await client!.sendRequest('clinlint/lintFile', { uri: uri.toString() });
        done++;
        progress.report({ increment: 100 / uris.length, message: `${done}/${uris.length}` });
      }
    },
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
