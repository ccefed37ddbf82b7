using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Ingestion.Tests.Reading;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("page.txt", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", SourceFormat.Html)]
    [InlineData("saved", "  <html lang=\"en\"><head></head><body>x</body></html>", SourceFormat.Html)]
    [InlineData("notes.txt", "Intro line.\n| a | b |\n|---|---|\n| 1 | 2 |\n", SourceFormat.Markdown)]
    [InlineData("notes.txt", "# Heading\n\nSome text.", SourceFormat.Markdown)]
    [InlineData("speech.md", "Plain words only.", SourceFormat.Markdown)]
    [InlineData("report.html", "Tokyo, Jan. 24 — The minister said talks went well.", SourceFormat.Text)]
    [InlineData("report.txt", "The minister said 3 < 4 and x > y.", SourceFormat.Text)]
    public void Format_comes_from_content_first(string fileName, string text, SourceFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(fileName, text));
}
