// Armed failures of the sandbox: per office, one mode and how many replies it still spoils.
import type { OfficeId } from '../../lib/model/contracts';
import { FAILURE_MODES, type FailureMode } from './kit';

interface Armed {
  mode: FailureMode;
  /** Replies left to spoil; Infinity = until reset. */
  left: number;
}

export class FailureBoard {
  private armed = new Map<OfficeId, Armed>();

  arm(office: OfficeId, mode: FailureMode, times?: number): void {
    if (!FAILURE_MODES.includes(mode)) throw new Error(`unknown failure mode: ${String(mode)}`);
    if (times !== undefined && !(Number.isInteger(times) && times > 0)) throw new Error('times must be a positive integer');
    this.armed.set(office, { mode, left: times ?? Infinity });
  }

  /** The mode to apply to this reply, counting it against `times`; null when service is normal. */
  take(office: OfficeId): FailureMode | null {
    const a = this.armed.get(office);
    if (!a) return null;
    a.left -= 1;
    if (a.left <= 0) this.armed.delete(office);
    return a.mode;
  }

  clear(): void {
    this.armed.clear();
  }
}

export function isFailureMode(value: unknown): value is FailureMode {
  return typeof value === 'string' && (FAILURE_MODES as readonly string[]).includes(value);
}
