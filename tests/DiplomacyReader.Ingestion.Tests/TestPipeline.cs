using System.Text;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests;

/// <summary>One shared default pipeline, as the app builds it, and a shortcut for processing a string.</summary>
internal static class TestPipeline
{
    public static IngestionPipeline Default { get; } = IngestionPipeline.CreateDefault();

    public static SourceDocument Process(string text, string fileName = "test.txt", DateOnly? date = null, SourceKind? kind = null) =>
        Default.Process(new SourceInput(fileName, Encoding.UTF8.GetBytes(text), new KnownFacts(Date: date, Kind: kind)));
}
