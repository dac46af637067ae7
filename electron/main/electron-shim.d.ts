/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors the any-typed listeners of Electron's own declarations */
/**
 * Minimal types of the `electron` package, for machines where its optional install was
 * skipped (the binary download fails offline, so `node_modules/electron` is absent).
 *
 * The module name is a pattern on purpose: TypeScript consults pattern modules only when
 * resolution finds no real package. Where `node_modules/electron` exists, its own
 * `declare module 'electron'` wins and this file has no effect. Only the members the shell
 * uses are declared, with Electron's own names and signatures.
 */
declare module 'electron*' {
  type Listener = (...args: any[]) => void;

  export type Accelerator = string;

  export interface Event {
    preventDefault(): void;
    readonly defaultPrevented: boolean;
  }

  export interface WebFrameMain {
    readonly url: string;
    readonly parent: WebFrameMain | null;
    readonly processId: number;
    readonly routingId: number;
  }

  export interface HandlerDetails {
    url: string;
    frameName: string;
    disposition: string;
  }
  export type WindowOpenHandlerResponse = { action: 'deny' } | { action: 'allow' };

  export class WebContents {
    readonly id: number;
    readonly mainFrame: WebFrameMain;
    send(channel: string, ...args: any[]): void;
    getURL(): string;
    isDestroyed(): boolean;
    getLastWebPreferences(): WebPreferences | null;
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
    on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: Event, url: string) => void): this;
    on(event: 'will-attach-webview', listener: (event: Event) => void): this;
    on(event: 'did-finish-load', listener: () => void): this;
    on(event: string, listener: Listener): this;
  }

  export interface WebPreferences {
    preload?: string;
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInWorker?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webSecurity?: boolean;
    allowRunningInsecureContent?: boolean;
    webviewTag?: boolean;
    navigateOnDragDrop?: boolean;
    spellcheck?: boolean;
  }

  export interface BrowserWindowConstructorOptions {
    width?: number;
    height?: number;
    minWidth?: number;
    minHeight?: number;
    show?: boolean;
    title?: string;
    backgroundColor?: string;
    webPreferences?: WebPreferences;
  }

  export interface LoadFileOptions {
    query?: Record<string, string>;
    search?: string;
    hash?: string;
  }

  export class BaseWindow {
    isDestroyed(): boolean;
    isMinimized(): boolean;
    restore(): void;
    show(): void;
    focus(): void;
  }

  export class BrowserWindow extends BaseWindow {
    constructor(options?: BrowserWindowConstructorOptions);
    static getAllWindows(): BrowserWindow[];
    readonly webContents: WebContents;
    loadFile(filePath: string, options?: LoadFileOptions): Promise<void>;
    once(event: 'ready-to-show', listener: () => void): this;
    on(event: 'closed', listener: () => void): this;
  }

  export interface OnHeadersReceivedListenerDetails {
    url: string;
    resourceType: string;
    responseHeaders?: Record<string, string[]>;
  }
  export interface HeadersReceivedResponse {
    cancel?: boolean;
    responseHeaders?: Record<string, string | string[]>;
  }
  export interface OnBeforeRequestListenerDetails {
    url: string;
    resourceType: string;
  }
  export interface CallbackResponse {
    cancel?: boolean;
  }

  export interface WebRequest {
    onHeadersReceived(
      listener:
        | ((details: OnHeadersReceivedListenerDetails, callback: (response: HeadersReceivedResponse) => void) => void)
        | null,
    ): void;
    onBeforeRequest(
      listener: ((details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void) | null,
    ): void;
  }

  export class Session {
    static defaultSession: Session;
    readonly webRequest: WebRequest;
    setPermissionRequestHandler(
      handler: ((webContents: WebContents, permission: string, callback: (permissionGranted: boolean) => void) => void) | null,
    ): void;
    setPermissionCheckHandler(
      handler: ((webContents: WebContents | null, permission: string, requestingOrigin: string) => boolean) | null,
    ): void;
  }
  export const session: typeof Session;

  export interface IpcMainInvokeEvent extends Event {
    readonly sender: WebContents;
    readonly senderFrame: WebFrameMain | null;
  }
  export interface IpcMain {
    handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: any[]) => Promise<any> | any): void;
  }
  export const ipcMain: IpcMain;

  export interface App {
    readonly isPackaged: boolean;
    whenReady(): Promise<void>;
    getLocale(): string;
    getVersion(): string;
    getPath(name: 'documents' | 'temp' | 'userData' | 'home'): string;
    requestSingleInstanceLock(): boolean;
    enableSandbox(): void;
    quit(): void;
    exit(exitCode?: number): void;
    on(event: 'second-instance', listener: (event: Event, argv: string[], workingDirectory: string) => void): this;
    on(event: 'open-file', listener: (event: Event, path: string) => void): this;
    on(event: 'web-contents-created', listener: (event: Event, webContents: WebContents) => void): this;
    on(event: 'will-quit', listener: (event: Event) => void): this;
    on(event: 'window-all-closed', listener: () => void): this;
    on(event: string, listener: Listener): this;
  }
  export const app: App;

  export class MenuItem {
    readonly label: string;
  }
  export interface MenuItemConstructorOptions {
    click?: (menuItem: MenuItem, window: BaseWindow | undefined, event: unknown) => void;
    role?:
      | 'undo'
      | 'redo'
      | 'cut'
      | 'copy'
      | 'paste'
      | 'selectAll'
      | 'reload'
      | 'forceReload'
      | 'toggleDevTools'
      | 'resetZoom'
      | 'zoomIn'
      | 'zoomOut'
      | 'togglefullscreen'
      | 'quit'
      | 'appMenu';
    type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
    label?: string;
    accelerator?: Accelerator;
    enabled?: boolean;
    visible?: boolean;
    checked?: boolean;
    acceleratorWorksWhenHidden?: boolean;
    submenu?: MenuItemConstructorOptions[] | Menu;
    id?: string;
  }
  export class Menu {
    static buildFromTemplate(template: Array<MenuItemConstructorOptions | MenuItem>): Menu;
    static setApplicationMenu(menu: Menu | null): void;
  }

  export interface FileFilter {
    name: string;
    extensions: string[];
  }
  export interface OpenDialogOptions {
    title?: string;
    defaultPath?: string;
    buttonLabel?: string;
    filters?: FileFilter[];
    properties?: Array<'openFile' | 'openDirectory' | 'multiSelections' | 'showHiddenFiles'>;
  }
  export interface OpenDialogReturnValue {
    canceled: boolean;
    filePaths: string[];
  }
  export interface SaveDialogOptions {
    title?: string;
    defaultPath?: string;
    buttonLabel?: string;
    filters?: FileFilter[];
  }
  export interface SaveDialogReturnValue {
    canceled: boolean;
    filePath: string;
  }
  export interface Dialog {
    showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
    showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
    showErrorBox(title: string, content: string): void;
  }
  export const dialog: Dialog;

  export interface IpcRendererEvent {
    readonly sender: IpcRenderer;
  }
  export interface IpcRenderer {
    invoke(channel: string, ...args: any[]): Promise<any>;
    on(channel: string, listener: (event: IpcRendererEvent, ...args: any[]) => void): this;
    removeListener(channel: string, listener: (...args: any[]) => void): this;
  }
  export const ipcRenderer: IpcRenderer;

  export interface ContextBridge {
    exposeInMainWorld(apiKey: string, api: any): void;
  }
  export const contextBridge: ContextBridge;
}
