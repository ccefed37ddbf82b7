using System.Text;

namespace DiplomacyReader.Evaluation.Fuzzing;

/// <summary>
/// Mutants of real documents for fuzzing the pipeline: a few random edits of the kinds that break readers —
/// a span cut out, repeated or moved, the marks that open and close things (quotes, brackets, tags, list
/// markers) dropped in at random, bytes flipped, the end cut off. The same seed gives the same mutants, so a
/// failure found once can be found again.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] s_marks =
    [
        "\"", "“", "”", "「", "」", "『", "』", "<", ">", "</", "<div>", "</p>", "<b>", "<!--", "-->", "*", "**", "_", "#", "> ",
        "- ", "1. ", "|", "[", "](", ")", "\n", "\n\n", "\r", "\t", "&", "&amp;", "&#", ";", ":", "—", "said", " said ", "Iwaya",
        "Foreign Minister ", "【", "】", "Q:", "A:", "\u00a0", "\u200b", "\ufeff", "\ud83d\ude00", "%", "\\", "{", "}",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A mutant of <paramref name="original"/>: one to eight edits.</summary>
    public byte[] Mutate(byte[] original)
    {
        var bytes = new List<byte>(original);
        int edits = 1 + _random.Next(8);
        for (int i = 0; i < edits && bytes.Count > 0; i++)
        {
            int at = _random.Next(bytes.Count);
            int length = Math.Min(bytes.Count - at, 1 + _random.Next(Math.Max(1, Math.Min(4096, bytes.Count / 4))));
            switch (_random.Next(7))
            {
                case 0:
                    bytes.RemoveRange(at, length);
                    break;
                case 1:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 2:
                    List<byte> moved = bytes.GetRange(at, length);
                    bytes.RemoveRange(at, length);
                    bytes.InsertRange(_random.Next(bytes.Count + 1), moved);
                    break;
                case 3:
                    byte[] mark = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(s_marks[_random.Next(s_marks.Length)], 1 + _random.Next(_random.Next(2) == 0 ? 3 : 300))));
                    bytes.InsertRange(at, mark);
                    break;
                case 4:
                    bytes[at] = (byte)(bytes[at] ^ (1 << _random.Next(8)));
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes[at] = (byte)_random.Next(32, 127);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
