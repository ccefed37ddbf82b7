using System.Text;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Metadata;

public sealed class YearlessDatelineTests
{
    private const string Report = "Tokyo, Oct. 1 (Jiji Press)--Japan's parliament elected a new prime minister on Tuesday.\n\n"
        + "\"We will conduct sincere politics,\" he said.\n";

    [Fact]
    public void A_page_dated_the_day_after_its_dateline_is_the_datelines_day()
    {
        Assert.Equal(new DateOnly(2024, 10, 1), Process("date 2024-10-02 " + Report, url: null).Date);
        Assert.Equal(new DateOnly(2024, 10, 1), Process(Report, "https://news.example.org/2024/10/03/ishiba").Date);
    }

    [Fact]
    public void A_dateline_of_late_december_takes_the_year_before_a_january_page()
    {
        const string report = "SEOUL, Dec. 31 (Yonhap) -- South Korea's foreign minister spoke by phone with his Japanese counterpart.\n";
        Assert.Equal(new DateOnly(2024, 12, 31), Process(report, "https://news.example.org/2025/01/01/call").Date);
    }

    [Fact]
    public void A_dateline_far_from_the_page_date_or_alone_changes_nothing()
    {
        // Ten days apart the two are not the same report's day; without another date the dateline has no year.
        Assert.Equal(new DateOnly(2024, 10, 11), Process(Report, "https://news.example.org/2024/10/11/ishiba").Date);
        Assert.Null(Process(Report, url: null).Date);
        // A page dated before its dateline is not the report put up later.
        Assert.Equal(new DateOnly(2024, 9, 30), Process(Report, "https://news.example.org/2024/09/30/ishiba").Date);
    }

    private static SourceDocument Process(string text, string? url) =>
        TestPipeline.Default.Process(new SourceInput("story.txt", Encoding.UTF8.GetBytes(text), new KnownFacts(Url: url)));
}
