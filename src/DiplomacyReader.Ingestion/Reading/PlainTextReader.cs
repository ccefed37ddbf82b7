using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>Reads plain text: blocks of lines, wrapped lines joined, list and table shapes kept as hints.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Text;

    /// <inheritdoc />
    public ReadResult Read(string text)
    {
        var blocks = new List<RawBlock>();
        foreach (LineBlock block in LineBlockSplitter.Split(text))
        {
            PassageKind? hint = block.Shape switch
            {
                // A lone numbered line ("2. Diplomacy and security") is a numbered heading, not a list.
                LineShape.ListItem when block.Lines.Count == 1 => null,
                LineShape.ListItem => PassageKind.List,
                LineShape.TableRow => PassageKind.Table,
                _ => null,
            };
            string separator = hint is null ? " " : "\n";
            string joined = string.Join(separator, block.Lines.Select(l => LineBlockSplitter.WithoutListMarker(text.AsSpan(l.Start, l.Length).Trim().ToString())));
            blocks.Add(new RawBlock(TrimSpan(text, block.Span), joined, hint));
        }

        return new ReadResult(blocks, DocumentHints.None);
    }

    internal static TextSpan TrimSpan(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
