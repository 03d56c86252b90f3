// What the browser's own print (its menu, not Ctrl+P) puts on paper: a wide scrolling grid cannot be paginated by
// a print stylesheet without cutting cards, so the page says how to print the map's real pages instead.
import styles from './print.module.css';

export function PrintNote({ mapName }: { mapName: string }) {
  return (
    <div className={styles.printNote} aria-hidden="true">
      <strong>{mapName}</strong>
      <p>To print this map's pages, press Ctrl+P (⌘P on a Mac) on the open map, or choose Export → Print…: Waymark opens
        the map as a paged PDF, split by stage with the headers on every page.</p>
    </div>
  );
}
