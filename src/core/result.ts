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
