using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Extraction;

/// <summary>The scores of a whole gold set: totals and the per-document rows.</summary>
public sealed record EvaluationReport(IReadOnlyList<DocumentScore> Documents)
{
    /// <summary>Quotes over all documents.</summary>
    public Counts Quotes => Sum(d => d.Quotes);

    /// <summary>Reported-speech sentences over all documents.</summary>
    public Counts Indirect => Sum(d => d.Indirect);

    /// <summary>Official transcript sentences over all documents.</summary>
    public Counts Official => Sum(d => d.Official);

    /// <summary>Of the matched quotes given a speaker, how many have the right one (a quote left unattributed is not counted).</summary>
    public Accuracy AttributedQuotes => Documents.Aggregate(new Accuracy(0, 0), (total, d) => total + d.AttributedQuotes);

    /// <summary>Speaker accuracy over every matched item.</summary>
    public Accuracy Speakers => Documents.Aggregate(new Accuracy(0, 0), (total, d) => total + d.Speakers);

    /// <summary>Statements taken from reader comments (must be 0).</summary>
    public int CommentStatements => Documents.Sum(d => d.CommentStatements);

    /// <summary>Statements gold marks as not statements.</summary>
    public int ForbiddenStatements => Documents.Sum(d => d.ForbiddenStatements);

    /// <summary>Wrong kinds, transcript speakers, terms taken for quotes, missing actors or flags.</summary>
    public int FactErrors => Documents.Sum(d => d.FactErrors);

    /// <summary>Quotes per statement kind (a match of the wrong kind counts against both).</summary>
    public IReadOnlyDictionary<string, Counts> QuotesByKind =>
        Documents.SelectMany(d => d.QuotesByKind).GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Aggregate(default(Counts), (total, k) => total + k.Value));

    private Counts Sum(Func<DocumentScore, Counts> select) => Documents.Aggregate(default(Counts), (total, d) => total + select(d));
}
