using DiplomacyReader.Data.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using DiplomacyReader.Data.Storage;

namespace DiplomacyReader.Data.Tests.Migrations;

/// <summary>
/// The first SQLite migrations were written by hand (docs/decisions/0002). This proves they build exactly the schema the
/// model describes: tables, columns with types and nullability, keys, foreign keys and indexes. The
/// full-text tables (PassageSearch, StatementSearch) are SQLite-only raw SQL outside the model and are left out.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_schema_the_model_creates()
    {
        using var folder = new TemporaryFolder();
        string migrated = folder.File("migrated.db"), created = folder.File("created.db");
        await using (DiplomacyDbContext db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (DiplomacyDbContext db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        string expected = await SchemaAsync(created);
        Assert.Contains("Statements", expected);
        Assert.Equal(expected, await SchemaAsync(migrated));
        SqliteConnection.ClearAllPools();
    }

    private static DiplomacyDbContext Context(string file) => StoreContextOptions.CreateContext(StoreSettings.SqliteFile(file));

    private static async Task<string> SchemaAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (string table in await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' AND name NOT LIKE '%Search%' ORDER BY name"))
        {
            lines.Add("table " + table);
            lines.AddRange((await ListAsync(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name")).Select(c => "  column " + c)); // a later AddColumn appends: order is not schema
            lines.AddRange((await ListAsync(connection, $"SELECT \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"")).Select(f => "  fk " + f));
            foreach (string index in await ListAsync(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') ORDER BY name"))
            {
                string name = index.Split(' ')[0];
                lines.Add("  index " + index + " (" + string.Join(",", await ListAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno")) + ")");
            }
        }

        return string.Join("\n", lines);
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
