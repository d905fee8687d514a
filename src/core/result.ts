/** A value or the error that prevented it; callers must look at `ok` before using either. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a successful value. See also `err`. */
export function ok<T>(value: T): { ok: true; value: T } {
	return { ok: true, value };
}

/** Wraps an error. See also `ok`. */
export function err<E>(error: E): { ok: false; error: E } {
	return { ok: false, error };
}

/** What a caught exception says: its message, or the thrown value as text when it is not an `Error`. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
