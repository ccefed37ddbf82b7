namespace DiplomacyReader.Web.Pages.Shared;

/// <summary>How much press coverage one spoken passage of a transcript received.</summary>
public sealed record PassageCoverage(int Index, string? Section, int Statements, int Sources);

/// <summary>
/// A transcript's coverage by the press, passage by passage, with the per-section sums the coverage strip
/// and its table show. The compare page and the transcript's reader build it from their own queries.
/// </summary>
public sealed record Coverage(string TranscriptSlug, IReadOnlyList<PassageCoverage> Passages)
{
    /// <summary>The name used for passages before the first section heading.</summary>
    public const string Opening = "Opening";

    public IReadOnlyList<SectionCoverage> Sections =>
        Passages.GroupBy(p => p.Section ?? Opening)
            .Select(g => new SectionCoverage(g.Key, g.Count(), g.Count(p => p.Statements > 0), g.Sum(p => p.Statements), g.Max(p => p.Sources)))
            .ToArray();
}

/// <summary>One section of a transcript: passages, how many were covered, by how many statements and sources (most per passage).</summary>
public sealed record SectionCoverage(string Section, int Passages, int CoveredPassages, int Statements, int Sources);
