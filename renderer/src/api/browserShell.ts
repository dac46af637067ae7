import { FileRef } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';
import { downloadBlob } from './download';
import { pickFiles } from './fileInput';
import type { HttpLink } from './httpLink';
import type { ShellSupport } from './shell';
import type { ShellHandlers } from './transports';

/** The desktop-only calls, done the browser's way: a file picker plus uploads, and downloads. */
export function browserShellHandlers(link: HttpLink): ShellHandlers {
  return {
    async 'dialog.openFiles'({ purpose, multiple }) {
      const files = await pickFiles(purpose, multiple);
      const refs: FileRef[] = [];
      for (const file of files) {
        const envelope = await link.upload(file.name, file);
        if (!envelope.ok) throw new WerkbankError(envelope.error.code, envelope.error.params);
        refs.push(FileRef.parse(envelope.value));
      }
      return { files: refs };
    },
    // No save dialog in a browser: the engine writes a new file that is then downloaded.
    async 'dialog.saveFile'() {
      return { file: null };
    },
    async 'export.saveImage'({ suggestedName, format, data }) {
      const type = format === 'png' ? 'image/png' : 'image/svg+xml';
      const part: BlobPart = typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>);
      downloadBlob(new Blob([part], { type }), suggestedName);
      return { saved: true, fileName: suggestedName };
    },
  };
}

export function browserShellSupport(link: HttpLink): ShellSupport {
  return {
    kind: 'browser',
    on: () => () => {},
    async deliver(file) {
      downloadBlob(await link.download(file.fileId), file.name);
    },
  };
}
