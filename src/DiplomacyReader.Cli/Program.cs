using DiplomacyReader.Cli;

return await CliApplication.RunAsync(args);
