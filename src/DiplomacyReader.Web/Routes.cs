namespace DiplomacyReader.Web;

/// <summary>
/// Every address the pages link to, in one place. A page's <c>@page</c> template and its entry here say the
/// same thing; changing one without the other breaks the route tests (<c>RoutesTests</c>), not a reader's link.
/// Slugs and codes are escaped, so an ingested title can never break out of the address.
/// </summary>
public static class Routes
{
    public const string Overview = "/";
    public const string Sources = "/sources";
    public const string Statements = "/statements";
    public const string Actors = "/actors";
    public const string Countries = "/countries";
    public const string Topics = "/topics";
    public const string Compare = "/compare";
    public const string Search = "/search";
    public const string Ingest = "/ingest";

    /// <summary>The statements a filter shows, as CSV and as JSON (the same query string).</summary>
    public const string StatementsCsv = "/api/statements.csv";
    public const string StatementsJson = "/api/statements";

    /// <summary>The reader of one source: <c>/sources/{slug}</c>.</summary>
    public static string Source(string slug) => $"{Sources}/{Escape(slug)}";

    /// <summary>One passage of a source's reader: <c>/sources/{slug}#p{index}</c>.</summary>
    public static string Passage(string slug, int index) => $"{Source(slug)}#p{index}";

    /// <summary>One statement in its source's reader: <c>/sources/{slug}#{key}</c>.</summary>
    public static string StatementIn(string slug, string key) => $"{Source(slug)}#{Escape(key)}";

    /// <summary>An Atom feed of the statements a statements filter shows: the same query string as the page.</summary>
    public const string StatementsFeed = "/statements/feed";

    /// <summary>An Atom feed of the statements a search finds: <c>/search/feed?q=…</c>.</summary>
    public static string SearchFeed(string q) => $"{Search}/feed?q={Escape(q)}";

    /// <summary>The statements page filtered by one value: <c>/statements?actor=takeshi-iwaya</c>.</summary>
    public static string StatementsWhere(string filter, string value) => $"{Statements}?{filter}={Escape(value)}";

    /// <summary>A statement's own page, its permalink: <c>/statements/{id}</c>.</summary>
    public static string Statement(int id) => $"{Statements}/{id}";

    /// <summary>A source's original bytes: <c>/sources/{slug}/original</c>.</summary>
    public static string Original(string slug) => $"{Source(slug)}/original";

    /// <summary>A source's JSON export: <c>/api/sources/{slug}</c>.</summary>
    public static string SourceExport(string slug) => $"/api/sources/{Escape(slug)}";

    public static string Actor(string slug) => $"{Actors}/{Escape(slug)}";

    public static string Country(string code) => $"{Countries}/{Escape(code)}";

    public static string Topic(string slug) => $"{Topics}/{Escape(slug)}";

    /// <summary>A transcript beside its coverage: <c>/compare/{slug}</c>.</summary>
    public static string CompareTranscript(string slug) => $"{Compare}/{Escape(slug)}";

    /// <summary>One passage of a transcript on its compare page.</summary>
    public static string ComparePassage(string slug, int index) => $"{CompareTranscript(slug)}#p{index}";

    /// <summary>One passage of a transcript with every report of it, under the compare page's filters.</summary>
    public static string CompareOnePassage(string slug, int index, string? outlet = null, string? fidelity = null) =>
        $"{CompareTranscript(slug)}?passage={index}"
        + (string.IsNullOrEmpty(outlet) ? "" : "&outlet=" + Escape(outlet))
        + (string.IsNullOrEmpty(fidelity) ? "" : "&fidelity=" + Escape(fidelity));

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
