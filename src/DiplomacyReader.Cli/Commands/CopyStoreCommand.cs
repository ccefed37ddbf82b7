using System.CommandLine;
using System.Diagnostics;
using DiplomacyReader.Data;
using DiplomacyReader.Data.Storage;

namespace DiplomacyReader.Cli.Commands;

/// <summary>
/// <c>copy-store --from FILE --to CONNECTION</c>: copies a SQLite store into an empty PostgreSQL database, row
/// for row, one line per table. The SQLite file is only read; a copy that fails writes nothing. Exit code 0
/// when copied, 2 when the copy could not be made (the reason is printed).
/// </summary>
public static class CopyStoreCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The SQLite store to copy (a .db file)", Required = true };
        var to = new Option<string>("--to") { Description = "The PostgreSQL database to copy it into, as a connection string (\"Host=…;Database=…;Username=…\"); created when missing, refused unless empty", Required = true };
        var command = new Command("copy-store", "Copy a SQLite store into an empty PostgreSQL database") { from, to };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(from)!, parse.GetValue(to)!, parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string sqliteFile, string postgres, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(sqliteFile))
        {
            output.WriteLine($"error     {sqliteFile}: no such SQLite store.");
            return 2;
        }

        // Read only: a copy never changes the store it copies.
        StoreSettings source = new(DatabaseProvider.Sqlite, $"Data Source={sqliteFile};Mode=ReadOnly");
        StoreSettings target = new(DatabaseProvider.Postgres, postgres);
        await using DiplomacyDbContext fromDb = StoreContextOptions.CreateContext(source);
        await using DiplomacyDbContext toDb = StoreContextOptions.CreateContext(target);
        var clock = Stopwatch.StartNew();
        long rows = 0;
        try
        {
            await StoreCopy.CopyAsync(fromDb, toDb, table =>
            {
                rows += table.Rows;
                output.WriteLine($"copied    {table.Table,-20} {table.Rows,12:N0} rows in {table.Elapsed.TotalSeconds,6:0.0} s");
            }, cancellationToken);
        }
        catch (Exception e) when (e is StoreCopyException or System.Data.Common.DbException or InvalidOperationException)
        {
            output.WriteLine($"error     {sqliteFile} → {target}: {e.GetBaseException().Message} (nothing was written)");
            return 2;
        }

        output.WriteLine($"done      {rows:N0} rows from {sqliteFile} to {target} in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
