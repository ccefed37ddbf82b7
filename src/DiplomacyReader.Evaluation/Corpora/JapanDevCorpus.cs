using System.Text.Json;
using DiplomacyReader.Evaluation.Extraction;

namespace DiplomacyReader.Evaluation.Corpora;

/// <summary>
/// Real transcripts with the coverage that quotes them (../shared/corpus/japan-dev): <c>manifest.json</c>
/// lists each file with its kind, date and the transcript it <c>covers</c>; <c>gold/STEM.json</c> holds
/// the labels (a transcript's kind, speaker and date; press quotes with speaker, target and fidelity).
/// </summary>
public static class JapanDevCorpus
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// The slice kept untouched while the rules were written (docs/extraction.md): the groups of the
    /// Philippine PCO statement (10–12) and of PM Takaichi's first press conference (28–31), and the three
    /// press pieces with no transcript (36–38). Everything else is the development slice.
    /// </summary>
    public static IReadOnlySet<string> HoldoutPrefixes { get; } = new HashSet<string>(StringComparer.Ordinal) { "10", "11", "12", "28", "29", "30", "31", "36", "37", "38" };

    /// <summary>Whether <paramref name="folder"/> has this layout.</summary>
    public static bool Recognises(string folder) => File.Exists(Path.Combine(folder, "manifest.json")) && Directory.Exists(Path.Combine(folder, "gold"));

    /// <summary>
    /// The documents of <paramref name="slice"/> (dev, holdout or all). Of the manifest only the address is
    /// told to the pipeline, as it knows a page it fetched: kind, date and speaker must come from the text
    /// (or, for a date the text lacks, from the address), as they do for a page a user pastes.
    /// </summary>
    public static IReadOnlyList<CorpusDocument> Load(string folder, string slice)
    {
        string manifestFile = Path.Combine(folder, "manifest.json");
        Manifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestFile), s_options) ?? throw new InvalidDataException($"{manifestFile}: empty manifest.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{manifestFile}: not a corpus manifest ({e.Message}).", e);
        }

        var documents = new List<CorpusDocument>();
        foreach (ManifestEntry entry in manifest.Docs)
        {
            string stem = Path.GetFileNameWithoutExtension(entry.File);
            bool holdout = HoldoutPrefixes.Contains(stem[..2]);
            if (slice switch { "dev" => holdout, "holdout" => !holdout, "all" => false, _ => throw new ArgumentException($"unknown slice '{slice}' (dev, holdout, all)", nameof(slice)) })
            {
                continue;
            }

            string goldFile = Path.Combine(folder, "gold", stem + ".json");
            GoldDocument gold = GoldDocument.Parse(File.ReadAllText(goldFile), goldFile);
            // The manifest knows every document's kind and date; the gold file states them for transcripts only.
            gold = gold with { Kind = gold.Kind ?? entry.Kind, Date = gold.Date ?? entry.Date };
            string? covers = entry.Covers is null ? null : Path.GetFullPath(Path.Combine(folder, entry.Covers));
            documents.Add(new CorpusDocument(stem, Path.GetFullPath(Path.Combine(folder, entry.File)), gold, covers, Url: entry.Url));
        }

        return documents;
    }

    private sealed record Manifest(List<ManifestEntry> Docs);

    private sealed record ManifestEntry(string File, string? Kind, string? Date, string? Covers, string? Url);
}
