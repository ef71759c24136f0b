/**
 * The Drive advanced service (v3), as far as the add-on uses it: Drive.Files.update to rename a
 * Doc it created, or move one to the trash. `drive.file` covers exactly these files (ones the add-on
 * created), so any other id is "File not found", as Google answers for a file out of scope.
 */
import type { CallCounter } from './call-counter.ts';
import type { DocumentStore } from './document.ts';

type FileResource = { name?: unknown; trashed?: unknown } & Record<string, unknown>;

export interface FakeDrive {
  Files: { update(resource: FileResource, fileId: string): { id: string; name: string; trashed: boolean } };
}

const WRITABLE = ['name', 'trashed'];

export function createDrive(counter: CallCounter, store: DocumentStore): FakeDrive {
  return {
    Files: {
      update(resource, fileId) {
        counter.hit('Drive.Files.update');
        const doc = store.find(String(fileId));
        if (!doc) throw new Error(`API call to drive.files.update failed with error: File not found: ${fileId}.`);
        for (const key of Object.keys(resource ?? {})) {
          if (!WRITABLE.includes(key)) {
            throw new Error(`API call to drive.files.update failed with error: The emulator does not support ${key}.`);
          }
        }
        if (resource.name !== undefined) {
          if (typeof resource.name !== 'string' || resource.name.trim() === '') {
            throw new Error('API call to drive.files.update failed with error: Invalid value for name.');
          }
          doc.model.title = resource.name;
        }
        if (resource.trashed !== undefined) doc.model.trashed = resource.trashed === true;
        return { id: doc.id, name: doc.model.title, trashed: doc.model.trashed === true };
      },
    },
  };
}
