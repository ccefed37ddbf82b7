using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Storage;

/// <summary>How each provider's context is configured: one place for the app, the tools and the tests.</summary>
public static class StoreContextOptions
{
    /// <summary>A context on the store <paramref name="settings"/> name, outside any container (tools and tests); <paramref name="configure"/> adds to its options.</summary>
    public static DiplomacyDbContext CreateContext(StoreSettings settings, Action<DbContextOptionsBuilder>? configure = null)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<Postgres.PostgresStoreContext>();
                UsePostgres(postgres, settings.ConnectionString);
                configure?.Invoke(postgres);
                return new Postgres.PostgresStoreContext(postgres.Options);
            default:
                var sqlite = new DbContextOptionsBuilder<Sqlite.SqliteStoreContext>();
                UseSqlite(sqlite, settings.ConnectionString);
                configure?.Invoke(sqlite);
                return new Sqlite.SqliteStoreContext(sqlite.Options);
        }
    }

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(PrepareSqlite(connectionString)).AddInterceptors(Sqlite.SqliteConnectionSettings.Instance);

    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    // SQLite creates the file but not its folder ("data/" on a fresh clone).
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
