import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations';

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function settle({ error, results }: MigrationResultSet): string[] {
  const failed = results?.find((result) => result.status === 'Error');
  if (error) throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** Brings the database to the latest version; returns the names of the migrations it ran. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return settle(await migrator(db).migrateToLatest());
}

/** Brings the database to the version `name` leaves it at, up or down. */
export async function migrateTo(db: Kysely<any>, name: string): Promise<string[]> {
  return settle(await migrator(db).migrateTo(name));
}

/** Names of the migrations already run, oldest first. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((migration) => migration.executedAt !== undefined).map((migration) => migration.name);
}
