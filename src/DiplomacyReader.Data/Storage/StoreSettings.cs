using Microsoft.Extensions.Configuration;

namespace DiplomacyReader.Data.Storage;

/// <summary>
/// Which database the store is on and how to reach it: <c>Database:Provider</c> (<c>sqlite</c>, the
/// default, or <c>postgres</c>) and <c>ConnectionStrings:Default</c>, read the same way by the web app and
/// the command line (so <c>Database__Provider</c> and <c>ConnectionStrings__Default</c> in the environment work for both).
/// </summary>
public sealed record StoreSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The SQLite file used when nothing is configured.</summary>
    public const string DefaultSqliteFile = "data/diplomacy-reader.db";

    public static StoreSettings Default { get; } = SqliteFile(DefaultSqliteFile);

    public static StoreSettings SqliteFile(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}");

    /// <summary>The settings in <paramref name="configuration"/>; a provider it does not know is an error that names the setting.</summary>
    public static StoreSettings From(IConfiguration configuration)
    {
        DatabaseProvider provider = ParseProvider(configuration["Database:Provider"]);
        string? connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return provider == DatabaseProvider.Sqlite
                ? Default
                : throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:Default is not set (for example \"Host=localhost;Database=diplomacy_reader;Username=app;Password=…\").");
        }

        return new StoreSettings(provider, connectionString);
    }

    private static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Database:Provider \"{value}\" is not known: use sqlite or postgres."),
    };

    /// <summary>The connection string with any password masked, for logs and error messages.</summary>
    public override string ToString() => $"{Provider}: {System.Text.RegularExpressions.Regex.Replace(ConnectionString, @"(?i)(password|pwd)\s*=[^;]*", "$1=***")}";
}
