import { useState } from 'preact/hooks';
import { i18n } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { ImportReport } from '../../lib/watch/watch-service';
import { problemText } from '../common/problem-text';
import { saveBlob } from '../common/save-blob';

/** Export (JSON, CSV, RIS) and import (JSON, CSV): a preview first, then the user's go-ahead. */
export function WatchTransfer({ refresh }: { refresh(): void }) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [replace, setReplace] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exportAs = async (format: 'json' | 'csv' | 'ris') => {
    try {
      const f = await send('watch/export', { format });
      saveBlob(new Blob([f.text], { type: `${f.mediaType};charset=utf-8` }), f.fileName);
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    setReplace(false);
    try {
      setReport(await send('watch/import', { fileName: chosen.name, text, apply: false }));
    } catch (error) {
      setProblem(problemText(error));
    }
  };
  const apply = async () => {
    if (!file) return;
    try {
      setReport(await send('watch/import', { fileName: file.name, text: file.text, apply: true, replaceConflicts: replace }));
      setFile(null);
      refresh();
    } catch (error) {
      setProblem(problemText(error));
    }
  };

  return (
    <details class="watch-transfer">
      <summary>{i18n('watch_transfer')}</summary>
      <div class="row">
        <button type="button" data-action="export-json" onClick={() => void exportAs('json')}>{i18n('watch_export_json')}</button>
        <button type="button" data-action="export-csv" onClick={() => void exportAs('csv')}>{i18n('watch_export_csv')}</button>
        <button type="button" data-action="export-ris" onClick={() => void exportAs('ris')}>{i18n('watch_export_ris')}</button>
      </div>
      <label class="row">
        {i18n('watch_import')} <input type="file" data-field="import" accept=".json,.csv,application/json,text/csv" onChange={(e) => void choose(e.target as HTMLInputElement)} />
      </label>
      {report && (
        <div data-field="import-report" class="small">
          <p>
            {i18n(report.preview ? 'watch_import_would' : 'watch_import_did', [String(report.cases.added), String(report.cases.duplicates), String(report.lists.created.length), String(report.searches.created.length + report.searches.replaced.length)])}
          </p>
          {report.searches.conflicts.length > 0 && (
            <label class="warn">
              <input type="checkbox" checked={replace} onChange={(e) => setReplace((e.target as HTMLInputElement).checked)} />{' '}
              {i18n('watch_import_replace', [report.searches.conflicts.map((c) => c.name).join(', ')])}
            </label>
          )}
          {report.rejected.length > 0 && (
            <ul class="bad" data-field="import-rejected">
              {report.rejected.map((r, i) => <li key={i}>{r.where}: {r.reason}</li>)}
            </ul>
          )}
          {report.preview && file && (
            <button type="button" class="primary" data-action="import-apply" onClick={() => void apply()}>{i18n('watch_import_apply')}</button>
          )}
        </div>
      )}
      {problem && <p class="bad small">{problem}</p>}
    </details>
  );
}
