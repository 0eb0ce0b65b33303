// The app shell. It shows whether the API and its graph answer; the explorer views
// (search, canvas, details, time, matrices) are put together here as they land.
import { useEffect, useState } from 'react';

interface Health {
  status: string;
  neo4jVersion: string;
  nodes: number;
  relationships: number;
}

type State = { kind: 'loading' } | { kind: 'ready'; health: Health } | { kind: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status neo4jVersion nodes relationships } }' }),
    })
      .then((res) => res.json() as Promise<{ data?: { health: Health }; errors?: { message: string }[] }>)
      .then((body) => {
        if (body.data) setState({ kind: 'ready', health: body.data.health });
        else setState({ kind: 'error', message: body.errors?.[0]?.message ?? 'okänt fel' });
      })
      .catch((error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, []);

  return (
    <main>
      <h1>GR Nätverksutforskaren</h1>
      {state.kind === 'loading' && <p>Ansluter till grafen…</p>}
      {state.kind === 'error' && <p role="alert">Kunde inte nå API:t: {state.message}. Kontrollera att servern körs (npm start).</p>}
      {state.kind === 'ready' && (
        <p>
          Grafen svarar (Neo4j {state.health.neo4jVersion}): {state.health.nodes} noder, {state.health.relationships} relationer.
        </p>
      )}
    </main>
  );
}
