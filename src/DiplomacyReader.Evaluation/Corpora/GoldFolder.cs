using System.Globalization;
using DiplomacyReader.Evaluation.Extraction;

namespace DiplomacyReader.Evaluation.Corpora;

/// <summary>Our own gold sets (tests/gold): NAME.gold.json beside its document, with the date a manifest would give.</summary>
public static class GoldFolder
{
    /// <summary>Whether <paramref name="folder"/> holds gold files of this layout.</summary>
    public static bool Recognises(string folder) => Directory.EnumerateFiles(folder, "*.gold.json").Any();

    /// <summary>Every document of the folder, in file-name order.</summary>
    public static IReadOnlyList<CorpusDocument> Load(string folder) =>
        Directory.GetFiles(folder, "*.gold.json").Order(StringComparer.Ordinal).Select(goldFile =>
        {
            GoldDocument gold = GoldDocument.Parse(File.ReadAllText(goldFile), goldFile);
            DateOnly? date = gold.Date is null ? null : DateOnly.ParseExact(gold.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            string stem = System.IO.Path.GetFileName(goldFile).Replace(".gold.json", string.Empty, StringComparison.Ordinal);
            return new CorpusDocument(stem, DocumentOf(goldFile, stem, gold), gold, Date: date);
        }).ToArray();

    private static string DocumentOf(string goldFile, string stem, GoldDocument gold)
    {
        string directory = System.IO.Path.GetDirectoryName(goldFile)!;
        return gold.Document is not null
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, gold.Document))
            : Directory.GetFiles(directory, stem + ".*").Single(f => !f.EndsWith(".gold.json", StringComparison.Ordinal));
    }
}
