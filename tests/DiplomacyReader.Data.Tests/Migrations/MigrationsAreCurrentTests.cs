using DiplomacyReader.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyReader.Data.Tests.Migrations;

/// <summary>
/// Each provider's migrations end in a model snapshot that must equal the model: an entity or configuration
/// changed without `dotnet ef migrations add NAME --project src/DiplomacyReader.Data --context …` fails
/// here, naming the provider. No server is needed: the snapshot and the model are compared in memory.
/// </summary>
public sealed class MigrationsAreCurrentTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    public void The_model_has_no_changes_the_migrations_lack(DatabaseProvider provider, string connectionString)
    {
        using DiplomacyDbContext db = StoreContextOptions.CreateContext(new StoreSettings(provider, connectionString));

        Assert.False(db.Database.HasPendingModelChanges(),
            $"the {provider} model differs from its snapshot: run dotnet ef migrations add <Name> --project src/DiplomacyReader.Data --context {db.GetType().Name} --output-dir Storage/{provider}/Migrations");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db", "20261121000000_InitialCreate")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused", "_FullTextSearch")]
    public void Each_provider_sees_its_own_migrations_only(DatabaseProvider provider, string connectionString, string expected)
    {
        using DiplomacyDbContext db = StoreContextOptions.CreateContext(new StoreSettings(provider, connectionString));
        IReadOnlyList<string> migrations = db.Database.GetMigrations().ToList();

        Assert.Contains(migrations, m => m.EndsWith(expected, StringComparison.Ordinal));
        IMigrationsAssembly assembly = db.GetService<IMigrationsAssembly>();
        Assert.All(assembly.Migrations.Values, type => Assert.Equal(db.GetType().Namespace + ".Migrations", type.Namespace));
    }
}
