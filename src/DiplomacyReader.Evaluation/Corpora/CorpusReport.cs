using DiplomacyReader.Evaluation.Extraction;
using DiplomacyReader.Evaluation.Linking;
using DiplomacyReader.Evaluation.Scoring;

namespace DiplomacyReader.Evaluation.Corpora;

/// <summary>
/// Everything measured on one corpus: extraction (quotes by kind, reported speech, speakers), what the
/// documents were recognised as (transcripts, kinds, dates), and how the coverage links to its transcripts.
/// </summary>
/// <param name="Extraction">Quotes, reported speech and speakers, per document and in total.</param>
/// <param name="Transcripts">Official transcripts read as transcripts.</param>
/// <param name="Kinds">Documents of the right kind (press, transcript, aggregator), where the gold states one.</param>
/// <param name="Dates">Documents with the right date, where the gold states one.</param>
/// <param name="Coverage">Links of labelled press quotes to their transcript; null where the corpus has no transcripts.</param>
/// <param name="Problems">Recognition misses, each for a person to read.</param>
/// <param name="Layouts">Transcripts whose official turns and reporters' questions were counted as the gold counts them, where it does.</param>
/// <param name="TranscriptSpeakers">Transcripts credited to the gold's speaker, where it names one.</param>
/// <param name="Translations">Gold pairs of English and Japanese spans whose passages were aligned with each other.</param>
public sealed record CorpusReport(
    EvaluationReport Extraction,
    Accuracy Transcripts,
    Accuracy Kinds,
    Accuracy Dates,
    CoverageScore? Coverage,
    IReadOnlyList<string> Problems,
    Accuracy Layouts = default,
    Accuracy TranscriptSpeakers = default,
    Accuracy Translations = default);
