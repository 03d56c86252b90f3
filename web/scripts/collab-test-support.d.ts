export interface OperationCase {
  file: string;
  name: string;
  before: unknown;
  ops: unknown[];
  after?: unknown;
  error?: unknown;
}
export function readOperationCases(): Promise<OperationCase[]>;
export function serveStatus(status: number): Promise<{ url: string; paths: string[]; close: () => Promise<void> }>;
