import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherCatalog } from '../../../server/db/cypher.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('CypherCatalog', () => {
  it('names statements by their path and strips the header', () => {
    const catalog = CypherCatalog.load(
      folder({ 'search/by-prefix.cypher': '// Entities by prefix.\n// params: $prefix: string\nMATCH (n) WHERE n.name STARTS WITH $prefix RETURN n' }),
    );
    expect(catalog.names()).toEqual(['search/by-prefix']);
    expect(catalog.get('search/by-prefix').text).toBe('MATCH (n) WHERE n.name STARTS WITH $prefix RETURN n');
    expect(catalog.get('search/by-prefix').params).toEqual(['prefix']);
  });

  it('refuses a statement whose parameters differ from its header', () => {
    const dir = folder({ 'a.cypher': '// params: $x\nMATCH (n) WHERE n.a = $x AND n.b = $y RETURN n', 'b.cypher': '// params: $unused\nRETURN 1' });
    expect(() => CypherCatalog.load(dir)).toThrow(/a: \$y is used but not in the params header[\s\S]*b: \$unused is in the params header but not used/);
  });

  it('does not take a dollar inside a string for a parameter', () => {
    const catalog = CypherCatalog.load(folder({ 'a.cypher': "// params:\nRETURN '$notAParam' AS text" }));
    expect(catalog.get('a').params).toEqual([]);
  });

  it('suggests the closest name for an unknown one', () => {
    const catalog = CypherCatalog.load(folder({ 'graph/neighborhood.cypher': '// params:\nRETURN 1' }));
    expect(() => catalog.get('graph/neighbourhood')).toThrow(/did you mean 'graph\/neighborhood'/);
  });

  it('splits the schema script into its statements', () => {
    const catalog = CypherCatalog.load(folder({ 'schema.cypher': '// schema\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n' }));
    expect(catalog.script('schema')).toHaveLength(2);
  });

  it('loads the project cypher/ folder without problems', () => {
    const catalog = CypherCatalog.load();
    expect(catalog.names()).toContain('schema');
    expect(catalog.script('schema').length).toBeGreaterThan(5);
  });
});
