namespace DiplomacyReader.Tests.Shared;

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason, where <c>DIPLOMACYREADER_TEST_POSTGRES</c> names none.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = $"needs a PostgreSQL server: set {TestDatabase.PostgresVariable} (\".ci/postgres start\" prints one)";
        }
    }
}
