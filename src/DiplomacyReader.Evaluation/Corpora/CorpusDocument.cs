using DiplomacyReader.Evaluation.Extraction;

namespace DiplomacyReader.Evaluation.Corpora;

/// <summary>
/// One labelled document of a corpus: its file, its gold, and for press coverage of a transcript the
/// transcript's file (<paramref name="Covers"/>).
/// </summary>
/// <param name="Name">The row's label (the file's stem).</param>
/// <param name="Path">The document's full path.</param>
/// <param name="Gold">What a person marked in it.</param>
/// <param name="Covers">The full path of the transcript it reports, or null.</param>
/// <param name="Date">The date the pipeline is told, as a manifest would give it; null when the evaluation withholds it.</param>
/// <param name="Url">The address the document was published at, as a pasted address, a feed or a saved page's canonical link gives it; null when unknown.</param>
public sealed record CorpusDocument(string Name, string Path, GoldDocument Gold, string? Covers = null, DateOnly? Date = null, string? Url = null);
