/**
 * The workbench's frame: it finds out who the caller is (GET /session, with the key kept in the
 * tab), shows the sign-in form when the server wants a key, and otherwise the menu and the view
 * the address names.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, session as fetchSession, setApiKey } from '../api/client.js';
import type { SessionAnswer } from '../api/types.js';
import { Link } from '../components/Link.js';
import {
  roleAllows,
  type Session,
  SessionContext,
  storedKey,
  storeKey,
} from '../session/session.js';
import { SignIn } from '../session/SignIn.js';
import { matchPath, href, useLocation } from './router.js';
import { NAV, ROUTES } from './routes.js';

type State =
  | { kind: 'loading' }
  | { kind: 'signed-in'; answer: SessionAnswer }
  | { kind: 'sign-in'; problem: string | null }
  | { kind: 'failed'; problem: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const start = useCallback(async (key: string | null, fromForm: boolean) => {
    try {
      const answer = await fetchSession(key);
      setApiKey(key);
      storeKey(key);
      setState({ kind: 'signed-in', answer });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        storeKey(null);
        const problem = key === null ? null : fromForm ? error.message : 'your key was refused';
        setState({ kind: 'sign-in', problem });
      } else {
        setState({ kind: 'failed', problem: (error as Error).message });
      }
    }
  }, []);

  useEffect(() => {
    void start(storedKey(), false);
  }, [start]);

  const signOut = useCallback(() => {
    storeKey(null);
    setApiKey(null);
    setState({ kind: 'sign-in', problem: null });
  }, []);

  const session = useMemo<Session | null>(
    () => (state.kind === 'signed-in' ? { ...state.answer, signOut } : null),
    [state, signOut],
  );

  if (state.kind === 'loading') return <p className="loading">Loading…</p>;
  if (state.kind === 'failed') {
    return (
      <main className="sign-in">
        <h1>Dossier workbench</h1>
        <p role="alert" className="error">
          The server did not answer: {state.problem}
        </p>
      </main>
    );
  }
  if (state.kind === 'sign-in' || !session) {
    const problem = state.kind === 'sign-in' ? state.problem : null;
    return <SignIn problem={problem} onSubmit={(key) => start(key, true)} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <Frame session={session} />
    </SessionContext.Provider>
  );
}

function Frame({ session }: { session: Session }) {
  const location = useLocation();
  const found = ROUTES.map((r) => ({ r, params: matchPath(r.pattern, location.path) })).find(
    (m) => m.params !== null,
  );
  useEffect(() => {
    document.title = found ? `${found.r.title} · Dossier` : 'Not found · Dossier';
  }, [found]);
  const allowed = found && roleAllows(session.role, found.r.role);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href={href('/')} className="brand">
          Dossier
        </Link>
        <nav aria-label="Views">
          <ul>
            {NAV.filter((n) => roleAllows(session.role, n.role)).map((n) => (
              <li key={n.path}>
                <Link
                  href={href(n.path)}
                  aria-current={location.path.startsWith(n.path) ? 'page' : undefined}
                >
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          {session.key ? `${session.key.name ?? session.key.id} · ${session.role}` : 'open server'}
          {session.key && (
            <button type="button" className="link" onClick={session.signOut}>
              Sign out
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {!found && <NotFound />}
          {found && !allowed && (
            <p role="alert" className="error">
              Your key's role ({session.role}) may not open this view; it needs {found.r.role}.
            </p>
          )}
          {found && allowed && <found.r.view params={found.params!} location={location} />}
        </Suspense>
      </main>
    </>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Not found</h1>
      <p>
        Nothing here. <Link href={href('/')}>Search the lists</Link>.
      </p>
    </section>
  );
}
