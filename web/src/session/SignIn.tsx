/** The sign-in form, shown when the server needs an API key and none (or a wrong one) is held. */
import { type FormEvent, useState } from 'react';

export interface SignInProps {
  /** Why the form is shown again (a refused key), if it is. */
  problem: string | null;
  onSubmit(key: string): Promise<void>;
}

export function SignIn({ problem, onSubmit }: SignInProps) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit(key.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <h1>Dossier workbench</h1>
      <form onSubmit={submit} aria-describedby="sign-in-help">
        <p id="sign-in-help">
          This server needs an API key. Ask an administrator for one (
          <code>dossier keys create --role screen</code>). The key stays in this tab only.
        </p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          required
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy || key.trim() === ''}>
          Sign in
        </button>
      </form>
    </main>
  );
}
