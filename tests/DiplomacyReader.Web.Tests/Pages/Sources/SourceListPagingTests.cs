using System.Globalization;
using System.Text;
using AngleSharp.Html.Dom;

namespace DiplomacyReader.Web.Tests.Pages.Sources;

/// <summary>The sources list comes a hundred at a time, newest first, each page read onwards from the last row of the one before.</summary>
public sealed class SourceListPagingTests
{
    [Fact]
    public async Task Older_links_walk_every_source_once_newest_first()
    {
        using var app = new DiplomacyReaderApp();
        var files = new MultipartFormDataContent();
        for (int i = 0; i < 120; i++)
        {
            var day = new DateOnly(2020, 1, 1).AddDays(i * 3 % 200); // dates repeat: ties are broken by id
            string text = $"Notice {i}\n\nTOKYO, {day.ToString("MMM. d, yyyy", CultureInfo.InvariantCulture)} — The ministry published notice number {i}.\n";
            files.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", $"notice-{i}.txt");
        }

        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/ingest?wait=60") { Content = files };
        upload.Headers.Add("X-Admin-Key", DiplomacyReaderApp.AdminKey);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.CreateClient().SendAsync(upload)).StatusCode); // 200: every job ended within the wait

        var rows = new List<(string Title, string Date)>();
        IHtmlDocument page = await app.GetPageAsync("/sources");
        int pages = 1;
        while (true)
        {
            rows.AddRange(page.QuerySelectorAll("table.data tbody tr").Select(tr => (tr.QuerySelector("td a")!.TextContent, tr.QuerySelectorAll("td")[3].TextContent)));
            if (page.QuerySelector("a[rel=next]")?.GetAttribute("href") is not string next)
            {
                break;
            }

            page = await app.GetPageAsync(next);
            pages++;
        }

        Assert.Equal(2, pages);
        Assert.Equal(125, rows.Count); // 120 notices and the 5 seeds
        Assert.Equal(125, rows.Select(r => r.Title).Distinct().Count());
        string[] dates = rows.Select(r => r.Date).Where(d => d != "—").ToArray();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Contains("125 sources", (await app.GetPageAsync("/sources")).QuerySelector(".result-count")!.TextContent);
    }
}
