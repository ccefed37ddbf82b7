using Microsoft.Data.Sqlite;

namespace DiplomacyReader.Cli.Tests.Commands;

public sealed class RecountCommandTests
{
    [Fact]
    public async Task Recount_restores_counts_that_were_lost_to_what_imports_kept()
    {
        using var folder = new TemporaryFolder();
        string database = folder.File("cli.db");
        await CliApplication.RunAsync(["ingest", RepositoryPaths.Seeds, "--db", database], new StringWriter());
        string kept = Rows(database);
        Execute(database, "UPDATE \"FacetCounts\" SET \"Count\" = \"Count\" + 7 WHERE \"Facet\" = 'actor'; DELETE FROM \"FacetCounts\" WHERE \"Facet\" = 'topic'");
        var output = new StringWriter();

        int exit = await CliApplication.RunAsync(["recount", "--db", database], output);

        Assert.Equal(0, exit);
        Assert.StartsWith("counted the facets of 105 statements", output.ToString());
        Assert.Equal(kept, Rows(database));
        SqliteConnection.ClearAllPools();
    }

    private static string Rows(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(\"FilterFacet\" || '|' || \"FilterValue\" || '|' || \"Facet\" || '|' || \"Value\" || '|' || \"Count\", '\n') FROM (SELECT * FROM \"FacetCounts\" ORDER BY 1, 2, 3, 4)";
        return (string)command.ExecuteScalar()!;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
