using System.Text.Json;
using DiplomacyReader.Evaluation.Extraction;

namespace DiplomacyReader.Evaluation.Corpora;

/// <summary>
/// PolNeAR as converted in ../shared/corpus/polnear: <c>docs/SPLIT/STEM.txt</c> and
/// <c>gold/SPLIT/STEM.json</c> with the quotes (two words or more inside quotation marks) of every
/// attribution and the source's words as the speaker where the source is a name.
/// </summary>
public static class PolnearCorpus
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Whether <paramref name="folder"/> has this layout.</summary>
    public static bool Recognises(string folder) => Directory.Exists(System.IO.Path.Combine(folder, "gold")) && Directory.Exists(System.IO.Path.Combine(folder, "docs"))
        && !File.Exists(System.IO.Path.Combine(folder, "manifest.json"));

    /// <summary>The documents of one split (train, dev), in file-name order.</summary>
    public static IReadOnlyList<CorpusDocument> Load(string folder, string split)
    {
        string goldFolder = System.IO.Path.Combine(folder, "gold", split);
        if (!Directory.Exists(goldFolder))
        {
            throw new DirectoryNotFoundException($"{goldFolder}: no such split in the PolNeAR folder.");
        }

        return Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal).Select(goldFile =>
        {
            PolnearGold gold;
            try
            {
                gold = JsonSerializer.Deserialize<PolnearGold>(File.ReadAllText(goldFile), s_options) ?? throw new InvalidDataException($"{goldFile}: empty gold file.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{goldFile}: not a PolNeAR gold file ({e.Message}).", e);
            }

            string document = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, gold.Document));
            // PolNeAR marks no quote kinds and no reported speech we score: quotes only, kinds not judged.
            var quotes = gold.Quotes.Select(q => new GoldQuote(q.Quote, null, q.Speaker)).ToList();
            return new CorpusDocument(System.IO.Path.GetFileNameWithoutExtension(goldFile), document, new GoldDocument { Quotes = quotes });
        }).ToArray();
    }

    private sealed record PolnearGold(string Document, List<PolnearQuote> Quotes);

    private sealed record PolnearQuote(string Quote, string? Speaker);
}
