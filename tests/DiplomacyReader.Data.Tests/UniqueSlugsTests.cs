namespace DiplomacyReader.Data.Tests;

public sealed class UniqueSlugsTests
{
    [Fact]
    public async Task A_free_slug_is_the_slug_itself()
    {
        Assert.Equal("press-conference", await UniqueSlugs.FreeAsync("press-conference", _ => Task.FromResult(false)));
    }

    [Fact]
    public async Task A_title_stored_hundreds_of_times_gets_the_next_number_in_a_few_lookups()
    {
        var stored = new HashSet<string>(["press-conference", .. Enumerable.Range(2, 798).Select(n => $"press-conference-{n}")]);
        int lookups = 0;
        string slug = await UniqueSlugs.FreeAsync("press-conference", candidate =>
        {
            lookups++;
            return Task.FromResult(stored.Contains(candidate));
        });

        Assert.Equal("press-conference-800", slug);
        Assert.InRange(lookups, 1, 25);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(17)]
    public async Task The_number_follows_a_run_of_any_length(int taken)
    {
        var stored = new HashSet<string>(["slug", .. Enumerable.Range(2, taken - 1).Select(n => $"slug-{n}")]);
        Assert.Equal($"slug-{taken + 1}", await UniqueSlugs.FreeAsync("slug", c => Task.FromResult(stored.Contains(c))));
    }

    [Fact]
    public async Task A_gap_left_by_another_writer_still_gives_a_free_slug()
    {
        var stored = new HashSet<string>(["slug", "slug-2", "slug-3", "slug-5", "slug-6", "slug-7", "slug-8"]);
        string slug = await UniqueSlugs.FreeAsync("slug", c => Task.FromResult(stored.Contains(c)));
        Assert.DoesNotContain(slug, stored);
        Assert.StartsWith("slug-", slug);
    }
}
