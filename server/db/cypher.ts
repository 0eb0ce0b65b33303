// Loads every statement under cypher/ once, by name: `cypher/search/entities.cypher` is
// `search/entities`. Each file holds one statement whose header names its parameters:
//   // params:  $prefix: string, $limit: integer
//   // returns: many rows: id, name
// The loader checks that the $names in the body are exactly those of the header, so a
// statement and its callers cannot drift apart silently. `schema.cypher` is the exception:
// a script of several `;`-terminated statements that take no parameters.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest } from 'fastest-levenshtein';

export interface CypherStatement {
  name: string;
  text: string;
  params: string[];
  file: string;
}

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** All statements of a folder, by name. */
export class CypherCatalog {
  private constructor(private readonly statements: Map<string, CypherStatement>) {}

  /** Reads and checks every .cypher file below `dir`; throws listing every problem found. */
  static load(dir: string = CYPHER_DIR): CypherCatalog {
    const statements = new Map<string, CypherStatement>();
    const problems: string[] = [];
    for (const file of listCypherFiles(dir)) {
      const name = path.relative(dir, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      const statement = parseStatement(name, file, readFileSync(file, 'utf8').normalize('NFC'));
      problems.push(...checkStatement(statement));
      statements.set(name, statement);
    }
    if (problems.length > 0) throw new Error(`invalid Cypher files:\n  ${problems.join('\n  ')}`);
    return new CypherCatalog(statements);
  }

  /** The statement called `name`; an unknown name is answered with the closest known one. */
  get(name: string): CypherStatement {
    const statement = this.statements.get(name);
    if (statement) return statement;
    const names = [...this.statements.keys()];
    const hint = names.length > 0 ? `; did you mean '${closest(name, names)}'?` : '';
    throw new Error(`no Cypher statement named '${name}' in cypher/${hint}`);
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }

  /** The statements of a multi-statement script such as `schema`. */
  script(name: string): string[] {
    return this.get(name)
      .text.split(/;\s*(?:\n|$)/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function parseStatement(name: string, file: string, source: string): CypherStatement {
  const header = /^\/\/\s*params:(.*)$/m.exec(source);
  const params = header ? [...header[1]!.matchAll(/\$(\w+)/g)].map((m) => m[1]!) : [];
  const text = source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  return { name, text, params, file };
}

function checkStatement(statement: CypherStatement): string[] {
  const problems: string[] = [];
  if (statement.text.length === 0) problems.push(`${statement.name}: the file has no statement`);
  const used = new Set([...withoutStrings(statement.text).matchAll(/\$(\w+)/g)].map((m) => m[1]!));
  const declared = new Set(statement.params);
  for (const name of used) if (!declared.has(name)) problems.push(`${statement.name}: $${name} is used but not in the params header`);
  for (const name of declared) if (!used.has(name)) problems.push(`${statement.name}: $${name} is in the params header but not used`);
  return problems;
}

// A `$` inside a string literal is text, not a parameter.
function withoutStrings(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}
