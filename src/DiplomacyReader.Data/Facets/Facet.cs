namespace DiplomacyReader.Data.Facets;

/// <summary>The dimensions statements are counted by, named as the statements page's parameters.</summary>
public static class Facet
{
    public const string Country = "country";
    public const string SpeakerCountry = "speakerCountry";
    public const string Actor = "actor";
    public const string Role = "role";
    public const string Topic = "topic";
    public const string Kind = "kind";
    public const string SourceKind = "sourceKind";
    public const string Publisher = "publisher";

    /// <summary>The month of the source ("2025-01"): counted for profiles' timelines, never a filter of its own.</summary>
    public const string Month = "month";

    /// <summary>Sources that mention or quote an actor: a filter of source counts, not of statements.</summary>
    public const string SourceActor = "sourceActor";

    /// <summary>Another actor in those sources: how many of the sources mention or quote both.</summary>
    public const string CoActor = "coActor";

    /// <summary>Counts of sources rather than statements: by kind and by topic, for the overview.</summary>
    public const string Sources = "sources";

    /// <summary>The count of every statement (its value is "").</summary>
    public const string Total = "total";

    /// <summary>The row that says how the counts were kept (<see cref="FacetCountRebuild.Scheme"/>).</summary>
    public const string Scheme = "#scheme";

    /// <summary>
    /// The filters under which the month is counted: every one, since the statements page draws the timeline
    /// of whatever one filter it shows (a speaker's country, a kind, a publisher), as the profiles do theirs.
    /// </summary>
    public static bool CountsMonthUnder(string filterFacet) => filterFacet != Month;
}
