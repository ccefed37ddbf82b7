using DiplomacyReader.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DiplomacyReader.Web.Tests.Ingesting;

/// <summary>The fetcher's manners, seen from the site it fetches from.</summary>
public sealed class PoliteFetcherTests
{
    [Fact]
    public async Task Requests_to_one_host_come_one_at_a_time_with_the_pause_between_them()
    {
        int inFlight = 0, mostAtOnce = 0;
        await using TestSite site = await TestSite.StartAsync(app => app.MapGet("/page/{n}", async (int n) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            mostAtOnce = Math.Max(mostAtOnce, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref inFlight);
            return Results.Content($"<p>page {n}</p>", "text/html");
        }));
        var pause = TimeSpan.FromMilliseconds(300);
        using var fetcher = new PoliteFetcher(FetchRules.Default with { DelayPerHost = pause }, TimeProvider.System);

        FetchResult[] pages = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => fetcher.FetchAsync(site.Url($"/page/{n}"))));

        Assert.All(pages, p => Assert.True(p.Succeeded, p.Failure));
        Assert.Equal(1, mostAtOnce);
        DateTime[] arrivals = site.Requests.Select(r => r.At).Order().ToArray();
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= pause - TimeSpan.FromMilliseconds(20), $"{(pair.Second - pair.First).TotalMilliseconds:0} ms apart"));
    }
}
