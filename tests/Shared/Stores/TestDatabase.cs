using DiplomacyReader.Data.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DiplomacyReader.Tests.Shared;

/// <summary>
/// A database of one test's own: a SQLite file in a fresh temp folder, or, when
/// <c>DIPLOMACYREADER_TEST_POSTGRES</c> names a PostgreSQL server (as <c>.ci/run</c> does after
/// <c>.ci/postgres start</c>), a fresh database on that server, dropped at the end. The suites that use
/// it run unchanged on either provider.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>The environment variable holding the server's connection string (no database named: each test makes its own).</summary>
    public const string PostgresVariable = "DIPLOMACYREADER_TEST_POSTGRES";

    private readonly TemporaryFolder? _folder;
    private readonly string? _server;
    private readonly string? _name;

    private TestDatabase(TemporaryFolder folder)
    {
        _folder = folder;
        Settings = StoreSettings.SqliteFile(folder.File("store.db"));
    }

    private TestDatabase(string server)
    {
        _server = server;
        _name = "diplomacy_reader_test_" + Guid.NewGuid().ToString("N");
        Settings = new StoreSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString);
    }

    /// <summary>The server the Postgres runs use, or null when none is configured.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public StoreSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile => _folder?.File("store.db");

    /// <summary>The provider the run is configured for: PostgreSQL when a server is named, else SQLite.</summary>
    public static TestDatabase Create() => PostgresServer is string server ? OnPostgres(server) : OnSqlite();

    public static TestDatabase OnSqlite() => new(new TemporaryFolder());

    /// <summary>A fresh database on <paramref name="server"/>; created by the app's migrations on first use (EF creates a missing database).</summary>
    public static TestDatabase OnPostgres(string server) => new(server);

    public void Dispose()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
