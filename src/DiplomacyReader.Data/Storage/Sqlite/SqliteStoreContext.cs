using Microsoft.EntityFrameworkCore;

namespace DiplomacyReader.Data.Storage.Sqlite;

/// <summary>The store in one SQLite file: the default, nothing to install. Its migrations are in <c>Migrations/</c> beside it.</summary>
public sealed class SqliteStoreContext(DbContextOptions<SqliteStoreContext> options) : DiplomacyDbContext(options)
{
    public override StoreDialect Dialect => SqliteDialect.Instance;
}
