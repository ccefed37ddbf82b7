using System.CommandLine;
using DiplomacyReader.Cli.Commands;

var root = new RootCommand("DiplomacyReader: read and compare coverage of Japan's foreign policy.")
{
    ExtractCommand.Create(),
    IngestCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
