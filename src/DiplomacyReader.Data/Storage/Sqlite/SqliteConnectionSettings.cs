using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyReader.Data.Storage.Sqlite;

/// <summary>
/// Settings SQLite keeps per connection, applied as each one opens. The store is in WAL mode (EF Core
/// creates it so); there <c>synchronous=NORMAL</c> cannot corrupt the file, it only lets a power cut lose the
/// last commits, and it saves a flush to disk per import.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
