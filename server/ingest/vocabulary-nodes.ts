// Puts the vocabulary's municipalities, organisations, networks, projects and themes into the
// graph (idempotent MERGE), so that every note links to the same nodes.
import type { Database } from '../db/database.js';
import * as ids from './graph-ids.js';
import type { Vocabulary } from './parse/vocabulary.js';

/** Upserts every vocabulary entry as a node, in one transaction. */
export async function writeVocabulary(db: Database, vocabulary: Vocabulary): Promise<void> {
  const { municipalities, organisations, networks, projects, themes } = vocabulary.data;
  await db.writeTx(async (tx) => {
    await tx.run('ingest/upsert-vocabulary-municipality', {
      rows: municipalities.map((m) => ({ id: ids.municipalityId(m.kommunkod), name: m.name, kommunkod: m.kommunkod, gr: m.gr, aliases: m.variants, searchText: ids.searchText([m.name, ...m.variants]) })),
    });
    await tx.run('ingest/upsert-vocabulary-organization', {
      rows: organisations.map((o) => ({ id: ids.organizationId(o.name), name: o.name, fullName: o.fullName ?? null, aliases: o.aliases, searchText: ids.searchText([o.name, o.fullName ?? '', ...o.aliases]) })),
    });
    await tx.run('ingest/upsert-vocabulary-network', {
      rows: networks.map((n) => ({ id: ids.networkId(n.name), name: n.name, aliases: n.aliases, searchText: ids.searchText([n.name, ...n.aliases]) })),
    });
    await tx.run('ingest/upsert-vocabulary-project', {
      rows: projects.map((p) => ({
        id: ids.projectId(p.name),
        name: p.name,
        fullName: p.fullName ?? null,
        aliases: p.aliases,
        tracks: (p.tracks ?? []).map((t) => t.name),
        searchText: ids.searchText([p.name, p.fullName ?? '', ...p.aliases]),
      })),
    });
    await tx.run('ingest/upsert-vocabulary-theme', {
      rows: themes.map((t) => ({ id: ids.themeId(t.name), name: t.name, aliases: t.triggers, searchText: ids.searchText([t.name, ...t.triggers]) })),
    });
  });
}
