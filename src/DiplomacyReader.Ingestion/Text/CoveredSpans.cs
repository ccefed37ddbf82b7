using System.Collections;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>
/// Which characters of a text some span already covers. Asking whether a new match overlaps any span found
/// so far costs the match's length, not the number of spans: a long passage naming thousands of people
/// would otherwise compare each new name with all the others.
/// </summary>
internal sealed class CoveredSpans
{
    private readonly BitArray _covered;

    public CoveredSpans(int textLength, IEnumerable<TextSpan>? spans = null)
    {
        _covered = new BitArray(textLength);
        foreach (TextSpan span in spans ?? [])
        {
            Add(span.Start, span.End);
        }
    }

    /// <summary>Whether any character from <paramref name="start"/> to before <paramref name="end"/> is covered.</summary>
    public bool Overlaps(int start, int end)
    {
        for (int i = Math.Max(0, start); i < end && i < _covered.Length; i++)
        {
            if (_covered[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the characters from <paramref name="start"/> to before <paramref name="end"/> as covered.</summary>
    public void Add(int start, int end)
    {
        for (int i = Math.Max(0, start); i < end && i < _covered.Length; i++)
        {
            _covered[i] = true;
        }
    }
}
