/** Reads an xlsx back into plain sheet values, for golden files and assertions. */
import ExcelJS from 'exceljs';

/** One sheet as read back: name, frozen rows, autofilter and cell values. */
export interface SheetDump {
  name: string;
  frozenRows: number;
  autoFilter: unknown;
  rows: unknown[][];
}

/** Parses xlsx bytes into sheet dumps. */
export async function dumpXlsx(bytes: Uint8Array): Promise<SheetDump[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : v)));
    });
    const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
    return { name: ws.name, frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0, autoFilter: ws.autoFilter ?? null, rows };
  });
}
