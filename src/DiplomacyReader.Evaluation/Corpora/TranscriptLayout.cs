using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Evaluation.Corpora;

/// <summary>How a processed transcript divides into turns, counted as a reader of the record would.</summary>
public static class TranscriptLayout
{
    /// <summary>
    /// The official's turns (runs of passages with official statements) and the reporters' questions (runs of
    /// question passages), in reading order; passages with neither (headings, date lines) neither end nor begin a turn.
    /// </summary>
    public static (int Official, int Questions) Turns(SourceDocument document)
    {
        HashSet<int> spoken = document.Statements.Where(s => s.Kind == StatementKind.Official).Select(s => s.PassageIndex).ToHashSet();
        int official = 0, questions = 0;
        char last = ' ';
        foreach (PassageRecord passage in document.Passages)
        {
            char now = passage.Kind == PassageKind.Question ? 'q' : spoken.Contains(passage.Index) ? 'o' : ' ';
            if (now != ' ' && now != last)
            {
                (official, questions) = now == 'o' ? (official + 1, questions) : (official, questions + 1);
                last = now;
            }
        }

        return (official, questions);
    }
}
