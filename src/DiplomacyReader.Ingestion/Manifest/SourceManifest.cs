using System.Text.Json;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Manifest;

/// <summary>
/// A folder's manifest.json: what a curator knows about each file (title, publisher, url, date, kind).
/// Optional: a file without an entry is processed on what the pipeline derives alone.
/// </summary>
public sealed class SourceManifest
{
    /// <summary>The file name a folder's manifest has.</summary>
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, KnownFacts> _entries;

    private SourceManifest(Dictionary<string, KnownFacts> entries) => _entries = entries;

    /// <summary>A manifest with no entries.</summary>
    public static SourceManifest Empty { get; } = new([]);

    /// <summary>What is known of <paramref name="fileName"/>, or null.</summary>
    public KnownFacts? For(string fileName) => _entries.GetValueOrDefault(fileName);

    /// <summary>Parses manifest JSON; <paramref name="origin"/> names it in error messages.</summary>
    public static SourceManifest Parse(string json, string origin)
    {
        ManifestFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ManifestFile>(json, s_options);
        }
        catch (JsonException e)
        {
            // System.Text.Json counts lines and columns from zero; an editor counts from one.
            string where = e.LineNumber is long line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new InvalidDataException($"{origin}: not a valid manifest{where} ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}).", e);
        }

        var entries = new Dictionary<string, KnownFacts>(StringComparer.Ordinal);
        foreach (ManifestEntry entry in file?.Sources ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.File))
            {
                throw new InvalidDataException($"{origin}: an entry has no \"file\".");
            }

            SourceKind? kind = null;
            if (entry.Kind is not null)
            {
                kind = Enum.TryParse(entry.Kind, ignoreCase: true, out SourceKind parsed)
                    ? parsed
                    : throw new InvalidDataException($"{origin}: \"{entry.File}\" has unknown kind \"{entry.Kind}\".");
            }

            DateOnly? date = null;
            if (entry.Date is not null)
            {
                date = DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", out DateOnly parsed)
                    ? parsed
                    : throw new InvalidDataException($"{origin}: \"{entry.File}\" has a date that is not yyyy-MM-dd: \"{entry.Date}\".");
            }

            entries[entry.File] = new KnownFacts(entry.Title, entry.Publisher, entry.Url, date, kind);
        }

        return new SourceManifest(entries);
    }

    private sealed record ManifestFile(List<ManifestEntry>? Sources);

    private sealed record ManifestEntry(string File, string? Title, string? Publisher, string? Url, string? Date, string? Kind);
}
