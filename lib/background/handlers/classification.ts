import { createClassificationService, idbImportStore, ASSET_PATH, type ClassificationService } from '../../classification/service';
import { readPackagedGzipText } from '../../transport/packaged-file';
import { ImportError, parseConcordance, parseTitleFiles } from '../../classification/imported';
import type { Handlers } from '../../messaging/router';

let service: ClassificationService | undefined;

/** One converter for the side panel, the classification tab and the C2 hook (loaded on first use). */
export function classificationService(): ClassificationService {
  return (service ??= createClassificationService({
    // Gunzipped by the platform (DecompressionStream): no library in the bundle.
    bundledText: () => readPackagedGzipText(ASSET_PATH),
    imports: idbImportStore(),
  }));
}

export const classificationHandlers: Handlers = {
  'classification/convert': async ({ text }) => classificationService().convert(text),
  'classification/source': async () => ({ source: await classificationService().source() }),
  'classification/import': async ({ kind, files }) => {
    const svc = classificationService();
    if (kind === 'reset') return svc.setImports(undefined);
    const name = files.map((f) => f.name).join(', ');
    try {
      if (kind === 'titles') return await svc.setImports({ titles: { rows: parseTitleFiles(files), name } });
      const [file] = files;
      if (!file) throw new ImportError('No file chosen.');
      return await svc.setImports({ concordance: { map: parseConcordance(file.name, file.text), name } });
    } catch (error) {
      // A wrong file is the user's to fix: its message names the file and line; the data in use stays.
      if (error instanceof ImportError) throw new Error(error.message);
      throw error;
    }
  },
};
