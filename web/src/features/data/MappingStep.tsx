// Step two: the first rows as a table and one select per role, pre-set to the server's guesses.
import { useMemo } from 'react';
import type { ColumnMapping, ImportPreview } from '../../api/data';
import { formatBytes, formatLabel, type RoleSpec } from './uploadFlow';
import { ianaZones, localZone, zoneGroups } from './timeZones';
import type { UploadKind } from './uploadKinds';
import styles from './Data.module.css';

interface Props {
  kind: UploadKind;
  file: File;
  preview: ImportPreview;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
  timeZone: string;
  onTimeZone: (timeZone: string) => void;
  onImport: () => void;
  onCancel: () => void;
}

export function MappingStep({ kind, file, preview, mapping, onMapping, timeZone, onTimeZone, onImport, onCancel }: Props) {
  const problem = kind.mappingProblem(preview.format, mapping);
  const roleOf = (column: string) => kind.roles.find((r) => mapping[r.key] === column);
  const isXes = preview.format === 'xes';
  // The preview's notes are about the file (unreadable lines, a cut end); what the mapping lacks is `problem`, from
  // the mapping as it is now, so it goes away the moment the column is chosen.
  const notes = preview.notes;
  return (
    <div className={styles.step}>
      <FileLine file={file} detail={formatLabel(preview.format, preview.delimiter)} onChange={onCancel} />
      {!isXes && (
        <fieldset className={`${styles.roles} ${kind.roles.length > 5 ? styles.rolesMany : ''}`}>
          <legend>Which column holds what?</legend>
          {kind.roles.map((role) => (
            <RoleSelect key={role.key} idPrefix={kind.id} spec={role} columns={preview.columns} mapping={mapping} onMapping={onMapping} />
          ))}
          {kind.timeZone && <ZoneSelect value={timeZone} onChange={onTimeZone} />}
        </fieldset>
      )}
      {notes.length > 0 && (
        <ul className={styles.notes}>
          {notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      )}
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={`First ${preview.rows.length} rows of ${file.name}`}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.lineCell}>#</th>
              {preview.columns.map((column) => {
                const role = roleOf(column);
                return (
                  <th key={column} scope="col" className={role ? styles.mapped : undefined}>
                    <span className={styles.columnName}>{column}</span>
                    {role
                      ? <span className="badge badge-accent">{role.label}</span>
                      : !isXes && <span className="badge" title={kind.unmappedTitle}>Property</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => (
              <tr key={i}>
                <td className={styles.lineCell}>{i + 1}</td>
                {preview.columns.map((column, c) => (
                  <td key={column} className={roleOf(column) ? styles.mapped : undefined} title={row[c]}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {preview.rows.length === 0 && <p className={styles.tableEmpty}>The start of the file holds no rows to show.</p>}
      </div>
      <div className={styles.actions}>
        <p className={problem ? styles.problemText : 'muted'} aria-live="polite">
          {problem ?? `Showing the first ${preview.rows.length} rows. Rows that cannot be read are skipped and listed after the import.`}
        </p>
        <div className={styles.buttons}>
          <button type="button" className="btn" onClick={onCancel}>Cancel</button>
          <button type="button" className="btn btn-primary" onClick={onImport} disabled={!!problem}>
            Import {formatBytes(file.size)}
          </button>
        </div>
      </div>
    </div>
  );
}

interface RoleSelectProps {
  idPrefix: string;
  spec: RoleSpec;
  columns: string[];
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
}

function RoleSelect({ idPrefix, spec, columns, mapping, onMapping }: RoleSelectProps) {
  const role = spec.key;
  const id = `${idPrefix}-role-${role}`;
  return (
    <div className="field">
      <label htmlFor={id}>
        <span className={styles.roleLabel}>{spec.label}{spec.required && <span aria-hidden="true" className={styles.required}> *</span>}</span>
      </label>
      <select
        id={id}
        className="select"
        value={mapping[role] ?? ''}
        required={spec.required}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onMapping({ ...mapping, [role]: e.target.value || null })}
      >
        <option value="">{spec.required ? 'Choose a column…' : 'None'}</option>
        {columns.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
      <span id={`${id}-hint`} className={styles.hint}>{spec.hint}</span>
    </div>
  );
}

/** The zone of timestamps written without an offset: any IANA zone (UTC and this browser's first), by region. */
function ZoneSelect({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const groups = useMemo(() => zoneGroups(ianaZones(), localZone()), []);
  return (
    <div className="field">
      <label htmlFor="role-zone"><span className={styles.roleLabel}>Time zone</span></label>
      <select id="role-zone" className="select" value={value} aria-describedby="role-zone-hint" onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.zones.map((z) => <option key={z.id} value={z.id}>{z.label}</option>)}
          </optgroup>
        ))}
      </select>
      <span id="role-zone-hint" className={styles.hint}>For times without an offset</span>
    </div>
  );
}

/** The chosen file with its size and what it was read as, and a way to pick another. */
export function FileLine({ file, detail, onChange }: { file: File; detail?: string; onChange?: () => void }) {
  return (
    <div className={styles.fileLine}>
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M5 2h7l4 4v12H5z" fill="var(--bg-3)" stroke="var(--text-3)" strokeWidth="1.2" strokeLinejoin="round" />
        <path d="M12 2v4h4" fill="none" stroke="var(--text-3)" strokeWidth="1.2" />
      </svg>
      <span className={styles.fileName}>{file.name}</span>
      <span className="muted">{formatBytes(file.size)}{detail ? ` · ${detail}` : ''}</span>
      {onChange && <button type="button" className={`btn btn-ghost btn-sm ${styles.fileChange}`} onClick={onChange}>Choose another file</button>}
    </div>
  );
}
