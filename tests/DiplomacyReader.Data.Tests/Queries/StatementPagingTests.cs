using DiplomacyReader.Data.Queries;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Tests.Queries;

/// <summary>A page read first from the next statements in the list's order is the page the database's planner gives, however few statements that look reads.</summary>
public sealed class StatementPagingTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    public static TheoryData<string> Filters => new(FilterText.Narrowing);

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_page_walked_by_cursor_is_the_same_with_and_without_the_first_look(string query)
    {
        TestStore store = seeded.Store;
        StatementFilter filter = FilterText.Parse(query);
        const int take = 7;

        foreach (int firstLook in new[] { 1, 8, 30, 200, StatementFilter.FirstLook })
        {
            ListCursor? after = null;
            for (int page = 0; page < 60; page++)
            {
                IReadOnlyList<StatementKey> planned = await store.QueryAsync(db => filter.PageAsync(db, after, null, 0, take, CancellationToken.None, firstLook: 0));
                IReadOnlyList<StatementKey> looked = await store.QueryAsync(db => filter.PageAsync(db, after, null, 0, take, CancellationToken.None, firstLook));
                Assert.Equal(planned.Select(k => k.Id), looked.Select(k => k.Id));
                if (planned.Count < take)
                {
                    break;
                }

                after = planned[^1].Cursor;
            }
        }
    }

    [Fact]
    public async Task The_walk_by_cursor_lists_every_statement_the_filter_keeps_once_in_order()
    {
        TestStore store = seeded.Store;
        StatementFilter filter = FilterText.Parse("speakerCountry=JP&sourceKind=press");
        int[] all = await store.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToArrayAsync(filter.ApplySorted(db).Select(s => s.Id)));
        Assert.True(all.Length > 20, $"the seeds and the gold set hold more than 20 press statements of Japanese speakers, not {all.Length}");

        var walked = new List<int>();
        ListCursor? after = null;
        while (true)
        {
            IReadOnlyList<StatementKey> page = await store.QueryAsync(db => filter.PageAsync(db, after, null, 0, 6, CancellationToken.None, firstLook: 10));
            walked.AddRange(page.Select(k => k.Id));
            if (page.Count < 6)
            {
                break;
            }

            after = page[^1].Cursor;
        }

        Assert.Equal(all, walked);
    }
}
