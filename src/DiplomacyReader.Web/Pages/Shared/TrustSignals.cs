using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>
/// What a reader should know about where a passage or statement comes from, shown wherever it is listed and
/// not only on its source's page: the source's kind when it is not a news report, its reliability warnings,
/// and, for an aggregator, the outlet it rewords.
/// </summary>
public sealed record TrustSignals(SourceKind Kind, IReadOnlyList<FlagKind> Flags, string? Cites)
{
    /// <summary>Each kind of warning once: a source with three anachronisms is one warning in a list.</summary>
    public IReadOnlyList<FlagKind> Flags { get; } = Flags.Distinct().Order().ToArray();

    /// <summary>Whether there is anything to say: a plain news report without warnings says nothing.</summary>
    public bool IsWorthShowing => Kind != SourceKind.Press || Flags.Count > 0 || Cites is not null;

    /// <summary>The kind as a reader reads it.</summary>
    public static string KindLabel(SourceKind kind) => kind switch
    {
        SourceKind.Press => "news report",
        SourceKind.Transcript => "official transcript",
        SourceKind.Aggregator => "aggregator: machine-reworded summary",
        SourceKind.Commentary => "commentary",
        _ => Names.Of(kind),
    };

    /// <summary>A warning as a reader reads it; the source's page says what exactly is wrong.</summary>
    public static string FlagLabel(FlagKind flag) => flag switch
    {
        FlagKind.Anachronism => "a title that does not fit the date",
        FlagKind.RoleConflict => "a title the person never held",
        FlagKind.InternalContradiction => "contradicts itself",
        FlagKind.QuoteNotFound => "a quote the transcript does not hold",
        FlagKind.StoryList => "an index page, not one article",
        FlagKind.Paginated => "one page of several",
        _ => Names.Of(flag),
    };
}
