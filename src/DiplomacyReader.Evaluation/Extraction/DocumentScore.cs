using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Extraction;

/// <summary>
/// How the pipeline did on one gold document, with each miss described for a person to read.
/// <see cref="AttributedQuotes"/> judges only the matched quotes given a speaker: how often a named speaker is right.
/// </summary>
public sealed record DocumentScore(
    string Name,
    Counts Quotes,
    IReadOnlyDictionary<string, Counts> QuotesByKind,
    Counts Indirect,
    Counts Official,
    Accuracy Speakers,
    int CommentStatements,
    int ForbiddenStatements,
    int FactErrors,
    IReadOnlyList<string> Problems,
    Accuracy AttributedQuotes = default);
