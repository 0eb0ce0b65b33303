// The GraphQL console at /graphiql: GraphiQL bundled by Vite (no CDN), opening one tab per
// user story. The fetcher is a plain fetch so the headers editor can carry the API token.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './example-tabs.js';

async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch(new URL('../graphql', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers as Record<string, string> | undefined) },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} />);
