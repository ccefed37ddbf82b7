using System.Text.Json;
using DiplomacyReader.Ingestion.Metadata;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Evaluation.Html;

/// <summary>
/// Compares a document's title and byline with a reference's (Readability's expected-metadata.json). Names
/// agree when one's words all stand in the other's ("By Erin Cunningham" and "Erin Cunningham"; "Stella Kim,
/// Jennifer Jett" and "Stella Kim and Jennifer Jett"), whatever the case.
/// </summary>
public static class MetadataScore
{
    /// <summary>How one page's metadata compares: null where the reference states nothing.</summary>
    public sealed record Agreement(bool? Title, bool? Byline, bool? Date = null);

    /// <summary>Compares <paramref name="document"/> with the reference JSON (fields <c>title</c>, <c>byline</c> and
    /// <c>publishedTime</c>, whose calendar date is the one the page states, before any time-zone shift).</summary>
    public static Agreement Compare(SourceDocument document, string referenceJson)
    {
        using JsonDocument json = JsonDocument.Parse(referenceJson);
        string? title = Field(json.RootElement, "title"), byline = Bylines.Clean(Field(json.RootElement, "byline")), published = Field(json.RootElement, "publishedTime");
        DateOnly? date = published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", out DateOnly day) ? day : null;
        return new Agreement(
            title is null ? null : Words(title).SequenceEqual(Words(document.Title ?? string.Empty)),
            byline is null ? null : document.Byline is { } ours && NamesAgree(ours, byline),
            date is null ? null : document.Date == date);
    }

    private static bool NamesAgree(string ours, string reference)
    {
        HashSet<string> a = Names(ours), b = Names(reference);
        return a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a));
    }

    private static HashSet<string> Names(string text) => Words(text).Where(w => w is not ("and" or "et" or "und" or "y")).ToHashSet(StringComparer.Ordinal);

    private static string[] Words(string text) => TextNormalizer.Words(text);

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
