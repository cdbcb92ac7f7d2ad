/**
 * Revealed secure variable values (CAD-2). They live here, outside every snapshot, event and
 * log, and are dropped with their interaction; only `store.revealedValue()` reads them.
 */
export interface Vault {
  keep(interactionId: string, name: string, value: string): void;
  read(interactionId: string, name: string): string | undefined;
  /** Forget one variable, or every secret of the interaction. */
  forget(interactionId: string, name?: string): void;
}

export function createVault(): Vault {
  const secrets = new Map<string, Map<string, string>>();
  return {
    keep(interactionId, name, value) {
      let values = secrets.get(interactionId);
      if (!values) secrets.set(interactionId, (values = new Map()));
      values.set(name, value);
    },
    read: (interactionId, name) => secrets.get(interactionId)?.get(name),
    forget(interactionId, name) {
      if (name === undefined) secrets.delete(interactionId);
      else secrets.get(interactionId)?.delete(name);
    },
  };
}

/**
 * CAD-2: when the call ends, every revealed secret of it is forgotten and hidden again, so none
 * stays on screen through wrap-up; a reveal asked after the end is a new, explicit one.
 */
export function hideSecrets<V extends { secure: boolean; reveal?: string }>(
  vault: Vault,
  interactionId: string,
  variables: readonly V[],
): readonly V[] {
  vault.forget(interactionId);
  return variables.some((v) => v.secure && v.reveal !== 'hidden')
    ? variables.map((v) => (v.secure && v.reveal !== 'hidden' ? { ...v, reveal: 'hidden' } : v))
    : variables;
}
