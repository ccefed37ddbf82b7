using System.Text.Json;
using DiplomacyReader.Ingestion.Export;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Fixtures;

/// <summary>
/// The seed corpus, processed without its manifest, against the facts a reader checked in each file
/// (Fixtures/Seeds/*.expected.json). Each fact is asserted on its own so that a failure names it.
/// </summary>
public sealed class SeedFixtureTests
{
    private static readonly IngestionPipeline s_pipeline = IngestionPipeline.CreateDefault();

    public static TheoryData<string> Seeds() => new(SeedFiles());

    private static IEnumerable<string> SeedFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds"), "*.expected.json")
            .Select(f => Path.GetFileName(f).Replace(".expected.json", ".txt"))
            .Order();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Document_facts_match(string file)
    {
        (SourceDocument document, ExpectedFacts expected) = Load(file);

        if (expected.Kind is not null)
        {
            Assert.Equal(expected.Kind, ExportMapping.Name(document.Kind));
        }

        if (expected.Date.ValueKind != JsonValueKind.Undefined)
        {
            Assert.Equal(expected.Date.ValueKind == JsonValueKind.Null ? null : expected.Date.GetString(), ExportMapping.Name(document.Date));
        }

        if (expected.Title is not null)
        {
            Assert.Equal(expected.Title, document.Title);
        }

        if (expected.Publisher is not null)
        {
            Assert.Equal(expected.Publisher, document.Publisher);
        }

        if (expected.Cites is not null)
        {
            Assert.Equal(expected.Cites, document.CitedPublisher);
            Assert.NotEqual(expected.Cites, document.Publisher);
        }

        if (expected.TranscriptSpeaker.ValueKind != JsonValueKind.Undefined)
        {
            Assert.Equal(expected.TranscriptSpeaker.ValueKind == JsonValueKind.Null ? null : expected.TranscriptSpeaker.GetString(), document.TranscriptSpeaker?.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Expected_statements_are_found_with_kind_and_speaker(string file)
    {
        (SourceDocument document, ExpectedFacts expected) = Load(file);
        foreach (ExpectedStatement statement in expected.Statements)
        {
            StatementRecord? found = document.Statements.FirstOrDefault(s => statement.Quote is not null
                ? s.Quote == statement.Quote
                : s.Text.StartsWith(statement.TextStartsWith!, StringComparison.Ordinal));
            Assert.True(found is not null, $"{file}: no statement {statement.Quote ?? statement.TextStartsWith}");
            Assert.Equal(statement.Kind, ExportMapping.Name(found.Kind));
            Assert.Equal(statement.Speaker, found.Speaker?.Name);
            if (statement.Cue is not null)
            {
                Assert.Equal(statement.Cue, found.Cue);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Document_wide_statement_rules_hold(string file)
    {
        (SourceDocument document, ExpectedFacts expected) = Load(file);
        Assert.All(expected.NotQuotes, quote => Assert.DoesNotContain(document.Statements, s => s.Quote == quote));
        if (expected.AllStatementsOfKind is not null)
        {
            Assert.NotEmpty(document.Statements);
            Assert.All(document.Statements, s => Assert.Equal(expected.AllStatementsOfKind, ExportMapping.Name(s.Kind)));
        }

        if (expected.AllStatementsBy is not null)
        {
            Assert.All(document.Statements, s => Assert.Equal(expected.AllStatementsBy, s.Speaker?.Name));
        }

        if (expected.QuotedStatementCount is int quoted)
        {
            Assert.Equal(quoted, document.Statements.Count(s => s.Quote is not null));
        }

        foreach (string kind in expected.NoStatementsInKinds)
        {
            Assert.DoesNotContain(document.Statements, s => ExportMapping.Name(document.Passages[s.PassageIndex].Kind) == kind);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Passages_have_expected_kinds(string file)
    {
        (SourceDocument document, ExpectedFacts expected) = Load(file);
        foreach (ExpectedPassage passage in expected.Passages)
        {
            PassageRecord? found = document.Passages.FirstOrDefault(p => p.Text.StartsWith(passage.StartsWith, StringComparison.Ordinal));
            Assert.True(found is not null, $"{file}: no passage starting '{passage.StartsWith}'");
            Assert.Equal(passage.Kind, ExportMapping.Name(found.Kind));
            if (passage.Section is not null)
            {
                Assert.Equal(passage.Section, found.Section);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tags_and_flags_match(string file)
    {
        (SourceDocument document, ExpectedFacts expected) = Load(file);
        Assert.All(expected.Actors, name => Assert.Contains(document.Actors, a => a.Name == name));
        Assert.All(expected.Countries, code => Assert.Contains(code, document.Countries));
        Assert.All(expected.Topics, slug => Assert.Contains(slug, document.Topics));
        if (expected.Flags is null)
        {
            return;
        }

        Assert.Equal(expected.Flags.Count, document.Flags.Count);
        foreach (ExpectedFlag flag in expected.Flags)
        {
            Assert.Contains(document.Flags, f => ExportMapping.Name(f.Kind) == flag.Kind && flag.Contains.All(word => f.Message.Contains(word, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Passage_spans_point_at_their_text_in_the_original()
    {
        foreach (string file in SeedFiles())
        {
            SourceDocument document = s_pipeline.Process(new SourceInput(file, File.ReadAllBytes(RepositoryPaths.Seed(file))));
            foreach (PassageRecord passage in document.Passages.Where(p => !p.Text.Contains('\n')))
            {
                string original = document.Text[passage.Span.Start..passage.Span.End];
                Assert.Equal(Ingestion.Text.TextNormalizer.Collapse(passage.Text), Ingestion.Text.TextNormalizer.Collapse(original));
            }
        }
    }

    private static (SourceDocument Document, ExpectedFacts Expected) Load(string file) =>
        (s_pipeline.Process(new SourceInput(file, File.ReadAllBytes(RepositoryPaths.Seed(file)))),
         ExpectedFacts.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", file.Replace(".txt", ".expected.json"))));
}
