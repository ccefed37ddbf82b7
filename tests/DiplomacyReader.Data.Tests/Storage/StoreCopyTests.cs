using System.Globalization;
using System.Security.Cryptography;
using DiplomacyReader.Data.Search;
using DiplomacyReader.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DiplomacyReader.Data.Tests.Storage;

/// <summary>A SQLite store copied into PostgreSQL reads back as the same store, takes new documents, and a copy that cannot be made writes nothing.</summary>
public sealed class StoreCopyTests
{
    [PostgresFact]
    public async Task The_copy_holds_every_row_of_every_table_as_the_model_reads_it()
    {
        await using TestStore sqlite = await TestStore.CreateAsync(TestDatabase.OnSqlite());
        await sqlite.ImportAsync(RepositoryPaths.Seeds, Path.Combine(RepositoryPaths.Root, "tests", "gold"));
        using var postgres = TestDatabase.OnPostgres(TestDatabase.PostgresServer!);

        await CopyAsync(sqlite.Settings, postgres.Settings);

        Dictionary<string, List<string>> original = await RowsAsync(sqlite.Settings), copied = await RowsAsync(postgres.Settings);
        Assert.Equal(original.Keys.Order(), copied.Keys.Order());
        Assert.True(original["Statements"].Count > 100, $"the seeds and the gold set hold more than 100 statements, not {original["Statements"].Count}");
        foreach ((string table, List<string> rows) in original)
        {
            Assert.True(rows.SequenceEqual(copied[table]), $"{table}: {rows.Count} rows in SQLite, {copied[table].Count} in the copy; first difference: "
                + rows.Zip(copied[table]).FirstOrDefault(p => p.First != p.Second));
        }
    }

    [PostgresFact]
    public async Task The_copy_is_searched_and_takes_new_documents_after_the_copied_ids()
    {
        await using TestStore sqlite = await TestStore.CreateAsync(TestDatabase.OnSqlite());
        await sqlite.ImportAsync(RepositoryPaths.Seeds);
        using var postgres = TestDatabase.OnPostgres(TestDatabase.PostgresServer!);
        await CopyAsync(sqlite.Settings, postgres.Settings);
        int highest = await sqlite.QueryAsync(db => db.Statements.MaxAsync(s => s.Id));
        int sqliteHits = await sqlite.QueryAsync(db => CountHitsAsync(db, "alliance"));

        await using TestStore copy = await TestStore.CreateAsync(postgres);
        Assert.Equal(sqliteHits, await copy.QueryAsync(db => CountHitsAsync(db, "alliance")));
        Assert.True(sqliteHits > 0, "the seeds speak of the alliance");

        string gold = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "gold"), "*.txt").Order(StringComparer.Ordinal).First();
        Assert.All(await copy.ImportAsync(gold), r => Assert.True(r.Outcome == DiplomacyReader.Data.Importing.ImportOutcome.Ingested, r.ToString()));
        int[] added = await copy.QueryAsync(db => db.Statements.Where(s => s.Source.FileName == Path.GetFileName(gold)).Select(s => s.Id).ToArrayAsync());
        Assert.NotEmpty(added);
        Assert.All(added, id => Assert.True(id > highest, $"a new statement got id {id}, not above the copied {highest}"));
    }

    [PostgresFact]
    public async Task A_copy_into_a_store_that_holds_rows_is_refused_and_changes_neither_store()
    {
        await using TestStore sqlite = await TestStore.CreateAsync(TestDatabase.OnSqlite());
        await sqlite.ImportAsync(RepositoryPaths.Seed(Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!));
        await using TestStore occupied = await TestStore.CreateAsync(TestDatabase.OnPostgres(TestDatabase.PostgresServer!));
        await occupied.ImportAsync(RepositoryPaths.Seeds);
        string before = await occupied.SnapshotAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the last connection's close writes the journal back into the file
        byte[] file = await File.ReadAllBytesAsync(sqlite.Settings.ConnectionString["Data Source=".Length..]);

        var refused = await Assert.ThrowsAsync<StoreCopyException>(() => CopyAsync(sqlite.Settings, occupied.Settings));

        Assert.Contains("already holds rows", refused.Message);
        Assert.Equal(before, await occupied.SnapshotAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(SHA256.HashData(file), SHA256.HashData(await File.ReadAllBytesAsync(sqlite.Settings.ConnectionString["Data Source=".Length..])));
    }

    private static async Task CopyAsync(StoreSettings from, StoreSettings to)
    {
        await using DiplomacyDbContext source = StoreContextOptions.CreateContext(from);
        await using DiplomacyDbContext target = StoreContextOptions.CreateContext(to);
        await StoreCopy.CopyAsync(source, target, copied: null, CancellationToken.None);
    }

    private static async Task<int> CountHitsAsync(DiplomacyDbContext db, string words) =>
        await db.Dialect.FullText.MatchingPassages(db, SearchQuery.Parse(words)!).CountAsync();

    // Every row of every table as EF Core materializes it (so a date is a date on both providers), one line a row, in key order.
    private static async Task<Dictionary<string, List<string>>> RowsAsync(StoreSettings settings)
    {
        await using DiplomacyDbContext db = StoreContextOptions.CreateContext(settings);
        var rows = new Dictionary<string, List<string>>();
        foreach (IEntityType table in db.Model.GetEntityTypes())
        {
            IProperty[] properties = table.GetProperties().ToArray();
            IEnumerable<object> entities = table.HasSharedClrType
                ? await db.Set<Dictionary<string, object>>(table.Name).AsNoTracking().ToListAsync()
                : await ((IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(table.ClrType).Invoke(db, null)!).AsNoTracking().ToListAsync();
            rows[table.GetTableName()!] = entities.Select(e => string.Join("|", properties.Select(p => Text(p.GetGetter().GetClrValue(e))))).Order(StringComparer.Ordinal).ToList();
        }

        return rows;
    }

    // PostgreSQL keeps times to the microsecond, SQLite to the tick: compared to the millisecond.
    private static string Text(object? value) => value switch
    {
        null => "∅",
        DateTimeOffset time => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateTime time => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(SHA256.HashData(bytes)),
        string text => text,
        System.Collections.IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Text)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
