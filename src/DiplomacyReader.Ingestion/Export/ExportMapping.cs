using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacyReader.Ingestion.Linking;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Export;

/// <summary>Maps pipeline records to the export format and writes it as JSON.</summary>
public static class ExportMapping
{
    /// <summary>The JSON settings of the export format: camelCase names, kebab-case enum values, nulls kept.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>An enum value as the export writes it: "press", "role-conflict".</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>A date as the export writes it.</summary>
    public static string? Name(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The export of one processed document with the links that start in it and the quotes its transcripts lack.</summary>
    public static ExportSource ToExport(this SourceDocument document, LinkResult linking, string? slug = null) => new(
        document.FileName,
        slug ?? Slug.From(document.Title ?? Path.GetFileNameWithoutExtension(document.FileName)),
        document.Title,
        document.Publisher,
        document.Url,
        Name(document.Date),
        document.Byline,
        document.Language,
        Name(document.Kind),
        Name(document.Format),
        document.Passages.Select(p => new ExportPassage(p.Index, Name(p.Kind), p.Section, p.Span.Start, p.Span.End, p.Text)).ToArray(),
        document.Statements.Select(s => new ExportStatement(
            s.Id, s.PassageIndex, Name(s.Kind), s.Text, s.Quote, s.Cue, s.Speaker?.ToExport(), s.Span.Start, s.Span.End, s.Countries, s.Topics)).ToArray(),
        linking.Links.Where(l => l.SourceFile == document.FileName)
            .Select(l => new ExportLink(l.StatementId, l.TargetFile, l.TargetPassage, Name(l.Fidelity), l.Score)).ToArray(),
        document.Actors.Select(a => a.ToExport()).ToArray(),
        document.Countries,
        document.Topics,
        document.Flags.Select(f => new ExportFlag(Name(f.Kind), f.PassageIndex, f.Message))
            .Concat(linking.QuotesNotFound.Where(q => q.Statement.File == document.FileName).Select(q =>
                new ExportFlag(Name(FlagKind.QuoteNotFound), document.Statements.First(s => s.Id == q.Statement.StatementId).PassageIndex, q.Message)))
            .ToArray(),
        document.CitedPublisher,
        linking.Translations.Where(t => t.EnglishFile == document.FileName)
            .Select(t => new ExportTranslation(t.EnglishPassage, t.JapaneseFile, t.JapanesePassage, t.Score)).ToArray() is { Length: > 0 } translations ? translations : null);

    /// <summary>An actor as exported.</summary>
    public static ExportActor ToExport(this ActorRef actor) => new(actor.Name, actor.Role, actor.Country);

    /// <summary>Serialises an export document.</summary>
    public static string ToJson(ExportDocument document) => JsonSerializer.Serialize(document, JsonOptions);
}
