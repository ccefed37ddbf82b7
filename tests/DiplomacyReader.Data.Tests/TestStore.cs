using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Data.Tests;

/// <summary>A real SQLite file in a fresh temp folder, migrated and loaded with the knowledge base.</summary>
public sealed class TestStore : IAsyncDisposable
{
    // Loaded once: every store of the test run reads documents the same way.
    private static readonly KnowledgeBase TestKnowledge = KnowledgeBase.LoadDefault();

    private readonly TemporaryFolder _folder = new();
    private readonly ServiceProvider _services;

    private TestStore()
    {
        DatabaseFile = _folder.File("store.db");
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TestKnowledge)
            .AddSingleton(IngestionPipeline.CreateDefault(TestKnowledge))
            .AddDiplomacyReaderData($"Data Source={DatabaseFile}")
            .BuildServiceProvider();
    }

    public string DatabaseFile { get; }

    public TemporaryFolder Folder => _folder;

    public static async Task<TestStore> CreateAsync()
    {
        var store = new TestStore();
        await store.RunAsync<DatabaseInitializer>(i => i.InitializeAsync(seedFolder: null));
        return store;
    }

    public async Task RunAsync<TService>(Func<TService, Task> action) where TService : notnull
    {
        await using AsyncServiceScope scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> QueryAsync<T>(Func<DiplomacyDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DiplomacyDbContext>());
    }

    public async Task<IReadOnlyList<ImportResult>> ImportAsync(params string[] paths)
    {
        IReadOnlyList<ImportResult> results = [];
        await RunAsync<SourceImporter>(async importer => results = await importer.ImportAllAsync(InputFile.Collect(paths)));
        return results;
    }

    /// <summary>Every row of every table, as text: two equal snapshots mean nothing stored changed.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (SqliteCommand list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%Search%' ORDER BY name"; // full-text indexes are derived from the rows
            await using SqliteDataReader reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new System.Text.StringBuilder();
        foreach (string table in tables)
        {
            await using SqliteCommand rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            await using SqliteDataReader reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                snapshot.Append(table).Append(':');
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    object value = reader.GetValue(i);
                    snapshot.Append(value is byte[] bytes ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)) : value).Append('|');
                }

                snapshot.AppendLine();
            }
        }

        return snapshot.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
