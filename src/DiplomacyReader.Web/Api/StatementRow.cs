using DiplomacyReader.Data.Entities;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Web.Pages.Shared;

namespace DiplomacyReader.Web.Api;

/// <summary>A statement with everything its CSV row and JSON export need, read in one projection.</summary>
public sealed record StatementRow(
    int Id,
    string Key,
    StatementKind Kind,
    string Text,
    string? Quote,
    string? Cue,
    int Start,
    int End,
    string? SpeakerName,
    string? SpeakerRole,
    string? SpeakerCountry,
    string SourceFile,
    string SourceSlug,
    string? SourceTitle,
    string? Publisher,
    string? Url,
    DateOnly? Date,
    string? Byline,
    string? Language,
    SourceKind SourceKind,
    SourceFormat Format,
    int PassageIndex,
    PassageKind PassageKind,
    string? PassageSection,
    int PassageStart,
    int PassageEnd,
    string PassageText,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Topics,
    IReadOnlyList<StatementRowLink> Links,
    IReadOnlyList<string> CountryNames,
    IReadOnlyList<string> TopicNames,
    IReadOnlyList<FlagKind> SourceFlags,
    string? CitedPublisher);

/// <summary>A link of an exported statement.</summary>
public sealed record StatementRowLink(string TargetFile, int TargetPassage, Fidelity Fidelity, double Score);

public static class StatementRowQueries
{
    public static IQueryable<StatementRow> ToRows(this IQueryable<Statement> statements) =>
        statements.Select(s => new StatementRow(
            s.Id, s.Key, s.Kind, s.Text, s.Quote, s.Cue, s.Start, s.End,
            s.Speaker != null ? s.Speaker.Name : null, s.SpeakerRole, s.Speaker != null ? s.Speaker.CountryCode : null,
            s.Source.FileName, s.Source.Slug, s.Source.Title, s.Source.Publisher, s.Source.Url, s.Source.PublishedOn, s.Source.Byline, s.Source.Language, s.Source.Kind, s.Source.Format,
            s.Passage.Index, s.Passage.Kind, s.Passage.Section, s.Passage.Start, s.Passage.End, s.Passage.Text,
            s.Countries.Select(c => c.Code).ToList(),
            s.Topics.Select(t => t.Slug).ToList(),
            s.Links.Select(l => new StatementRowLink(l.TargetPassage.Source.FileName, l.TargetPassage.Index, l.Fidelity, l.Score)).ToList(),
            s.Countries.Select(c => c.Name).ToList(),
            s.Topics.Select(t => t.Name).ToList(),
            s.Source.Flags.Select(f => f.Kind).ToList(),
            s.Source.CitedPublisher));
}
