using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Ingestion.Tests.Reading;

public sealed class LineBlockSplitterTests
{
    [Fact]
    public void One_paragraph_per_line_text_splits_at_each_complete_line_and_shape_change()
    {
        const string text = "Lead paragraph ends here.\nA Headline In Title Case Without A Full Stop\nBody text follows, and it ends.\nKey points include:\n- first point\n- second point\n| a | b |\n|---|---|\n| 1 | 2 |\nClosing words.";
        LineShape[] shapes = LineBlockSplitter.Split(text).Select(b => b.Shape).ToArray();
        Assert.Equal([LineShape.Text, LineShape.Text, LineShape.Text, LineShape.Text, LineShape.ListItem, LineShape.TableRow, LineShape.Text], shapes);
    }

    [Fact]
    public void Hard_wrapped_lines_stay_one_block()
    {
        const string text = "The foreign minister told reporters on Friday that Japan and the\nUnited States would hold talks next month on the alliance and\ntrade.\n\nNext paragraph.";
        IReadOnlyList<LineBlock> blocks = LineBlockSplitter.Split(text);
        Assert.Equal(2, blocks.Count);
        Assert.Equal(3, blocks[0].Lines.Count);
    }
}
