import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../server/config/env.js';

describe('readConfig', () => {
  it('gives every setting a default so a fresh machine needs no environment', () => {
    const config = readConfig({});
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_BOLT_PORT).toBe(7687);
    expect(config.NEO4J_DATA_DIR).toBe('.data/neo4j');
    expect(config.NEO4J_DATABASE).toBe('neo4j');
    expect(config.PORT).toBe(4000);
  });

  it('reads Aura-style variables for an external Neo4j', () => {
    const config = readConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'secret' });
    expect(config.NEO4J_URI).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.NEO4J_PASSWORD).toBe('secret');
  });

  it('lists every invalid variable at once', () => {
    try {
      readConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', NEO4J_HEAP: 'lots' });
      expect.unreachable('readConfig accepted invalid settings');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/NEO4J_URI: a bolt:\/\/ or neo4j:\/\/ URI/);
      expect(problems).toMatch(/NEO4J_HEAP/);
    }
  });

  it('lets values passed in code win over the environment', () => {
    expect(readConfig({ PORT: '4000' }, { PORT: 5123 }).PORT).toBe(5123);
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ NEO4J_URI: '' }).NEO4J_URI).toBeUndefined();
  });
});
