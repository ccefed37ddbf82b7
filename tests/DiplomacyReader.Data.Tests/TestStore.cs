using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion;
using DiplomacyReader.Ingestion.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Data.Tests;

/// <summary>A real database of the test's own (a SQLite file, or PostgreSQL when the run names a server: <see cref="TestDatabase"/>), migrated and loaded with the knowledge base.</summary>
public sealed class TestStore : IAsyncDisposable
{
    // Loaded once: every store of the test run reads documents the same way.
    private static readonly KnowledgeBase TestKnowledge = KnowledgeBase.LoadDefault();

    private readonly TemporaryFolder _folder = new();
    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private TestStore(TestDatabase database)
    {
        _database = database;
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TestKnowledge)
            .AddSingleton(IngestionPipeline.CreateDefault(TestKnowledge))
            .AddDiplomacyReaderData(_database.Settings)
            .BuildServiceProvider();
    }

    /// <summary>Where the store is, to open a second context on it.</summary>
    public DiplomacyReader.Data.Storage.StoreSettings Settings => _database.Settings;

    public TemporaryFolder Folder => _folder;

    /// <summary>A store on the provider the run is configured for (<see cref="TestDatabase.Create"/>), or on <paramref name="database"/>.</summary>
    public static async Task<TestStore> CreateAsync(TestDatabase? database = null)
    {
        var store = new TestStore(database ?? TestDatabase.Create());
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

    /// <summary>Every row of every table of the model, as text: two equal snapshots mean nothing stored changed.</summary>
    public Task<string> SnapshotAsync() => QueryAsync(async db =>
    {
        var snapshot = new System.Text.StringBuilder();
        System.Data.Common.DbConnection connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (string table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            await using System.Data.Common.DbCommand rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            await using System.Data.Common.DbDataReader reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                snapshot.Append(table).Append(':');
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    snapshot.Append(reader.GetValue(i) switch
                    {
                        byte[] bytes => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)),
                        string[] values => string.Join(",", values), // PostgreSQL arrays
                        object value => value,
                    }).Append('|');
                }

                snapshot.AppendLine();
            }
        }

        return snapshot.ToString();
    });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
        _folder.Dispose();
    }
}
