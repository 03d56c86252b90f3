// The stakeholder report in the Export menu: the same content as a PDF to print or send, or as one self-contained
// HTML page to open anywhere. It follows the menu's persona choice; the server leaves out what the caller may not see.
import { api } from '../../../api/client';
import styles from './report.module.css';

interface ReportLinksProps {
  workspaceId: string;
  mapId: string;
  persona: string | null;
  onPick: () => void;
}

export function ReportLinks({ workspaceId, mapId, persona, onPick }: ReportLinksProps) {
  return (
    <section className={styles.report} aria-labelledby="export-report-title" data-testid="export-report">
      <h3 id="export-report-title" className={styles.title}>Stakeholder report (PDF / HTML)</h3>
      <p className={styles.hint}>Cover and contents, scope and KPI targets, personas, the map, designed and measured curves, the funnel, where it hurts, top ideas and open comments.</p>
      <div className={styles.links}>
        <a className="btn btn-sm" href={api.maps.reportUrl(workspaceId, mapId, 'pdf', persona)} download data-testid="export-report-pdf"
          aria-label="Download the stakeholder report as PDF" onClick={onPick}>Report as PDF</a>
        <a className="btn btn-sm" href={api.maps.reportUrl(workspaceId, mapId, 'html', persona)} download data-testid="export-report-html"
          aria-label="Download the stakeholder report as an HTML page" onClick={onPick}>Report as HTML</a>
      </div>
    </section>
  );
}
