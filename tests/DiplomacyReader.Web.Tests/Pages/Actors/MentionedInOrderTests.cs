using System.Text;
using AngleSharp.Html.Dom;
using DiplomacyReader.Data.Importing;
using DiplomacyReader.Ingestion.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyReader.Web.Tests.Pages.Actors;

/// <summary>
/// A profile's sources are newest first and an undated one last, on both providers: PostgreSQL sorts missing dates
/// first in a descending order, SQLite last, so the lists order by the sort date every provider agrees on.
/// </summary>
public sealed class MentionedInOrderTests : IDisposable
{
    private readonly DiplomacyReaderApp _app = new();

    [Fact]
    public async Task The_newest_source_mentioning_an_actor_comes_first_and_an_undated_one_not_before_it()
    {
        await ImportAsync("undated.txt", "Undated note on Iwaya", date: null);
        await ImportAsync("newest.txt", "Newest note on Iwaya", new DateOnly(2030, 1, 15));

        IHtmlDocument page = await _app.GetPageAsync("/actors/takeshi-iwaya");
        string[] sources = page.QuerySelectorAll("a.chip-source").Select(a => a.TextContent).ToArray();
        Assert.Equal("Newest note on Iwaya", sources.First());
    }

    private async Task ImportAsync(string fileName, string title, DateOnly? date)
    {
        const string Text = "Foreign Minister Takeshi Iwaya met his counterpart and spoke about the region's stability.";
        using IServiceScope scope = _app.Services.CreateScope();
        ImportResult result = await scope.ServiceProvider.GetRequiredService<SourceImporter>()
            .ImportAsync(new SourceInput(fileName, Encoding.UTF8.GetBytes(Text + " " + title), new KnownFacts(Title: title, Date: date)));
        Assert.Equal(ImportOutcome.Ingested, result.Outcome);
    }

    public void Dispose() => _app.Dispose();
}
