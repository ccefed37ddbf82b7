using System.CommandLine;

namespace DiplomacyReader.Cli.Commands;

public static class IngestCommand
{
    public static Command Create() => new("ingest", "Store documents in the database");
}
