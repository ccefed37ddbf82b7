using System.Text;
using DiplomacyReader.Ingestion.Metadata;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Metadata;

public sealed class UrlDateTests
{
    [Theory]
    [InlineData("https://japannews.yomiuri.co.jp/politics/politics-government/20241002-214476/", "2024-10-02")]
    [InlineData("https://www.kantei.go.jp/jp/102_ishiba/statement/2024/1002kaiken3.html", "2024-10-02")]
    [InlineData("https://japan.kantei.go.jp/102_ishiba/statement/202410/1001kaiken.html", "2024-10-01")]
    [InlineData("https://worldjpn.net/documents/texts/PI/20241001.O1J.html", "2024-10-01")]
    [InlineData("https://www.example-wire.com/world/asia-pacific/japan-china-talks-2025-03-22/", "2025-03-22")]
    [InlineData("https://news.example.org/2023/4/9/japan-summit", "2023-04-09")]
    [InlineData("https://cm.example.co.kr/en/article/2023031617560945610", "2023-03-16")] // a day, then 17:56, then a counter
    public void The_day_in_a_path_is_read_in_the_shapes_newsrooms_and_ministries_use(string url, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), UrlDates.From(url));

    [Theory]
    [InlineData("https://www.nippon.com/en/news/yjj2024100100720/ishiba-elected.html")] // an article number that begins like a day
    [InlineData("https://www.mofa.go.jp/press/kaiken/kaiken22e_000114.html")]
    [InlineData("https://news.example.org/article/2023031699990945610")] // a day, then no real time: an article number
    [InlineData("https://news.example.org/2024/10/japan-summit")] // a month, no day
    [InlineData("https://japan.kantei.go.jp/statement/202410/1101kaiken.html")] // the folder's month and the file's disagree
    [InlineData("https://news.example.org/2024/1334.html")] // no thirteenth month
    [InlineData("https://news.example.org/2023/02/30/japan")] // no 30 February
    [InlineData("https://20241002.example.org/japan")] // a host is not a path
    [InlineData("not an address 2024/10/02")]
    [InlineData(null)]
    public void An_address_without_a_real_day_in_its_path_gives_none(string? url) => Assert.Null(UrlDates.From(url));

    [Fact]
    public void The_address_dates_a_page_whose_text_states_no_day_and_never_overrides_the_text()
    {
        const string undated = "Prime Minister Ishiba said Japan would \"work closely with the G7\" on the Middle East.";
        const string dated = "October 1, 2024\n\n" + undated;
        const string url = "https://news.example.org/politics/20241003-123456/";

        Assert.Equal(new DateOnly(2024, 10, 3), Process(undated, url).Date);
        Assert.Null(Process(undated, null).Date);
        Assert.Equal(new DateOnly(2024, 10, 1), Process(dated, url).Date);
    }

    private static SourceDocument Process(string text, string? url) =>
        TestPipeline.Default.Process(new SourceInput("story.txt", Encoding.UTF8.GetBytes(text), new KnownFacts(Url: url)));
}
