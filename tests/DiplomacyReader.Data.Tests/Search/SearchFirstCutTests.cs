using DiplomacyReader.Data.Search;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Data.Tests.Search;

/// <summary>A page of hits looked for among the index's best matches first is the page every match ranked gives, however small the cut.</summary>
public sealed class SearchFirstCutTests(SeededStore seeded) : IClassFixture<SeededStore>
{
    public static TheoryData<string> Queries => new() { "Japan", "alliance", "China OR Korea", "\"free and open\"", "secur*", "Iwaya OR Ishiba", "cornerstone", "alliance cornerstone" };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_page_is_the_same_with_and_without_the_first_cut(string words)
    {
        SearchQuery query = SearchQuery.Parse(words)!;
        SearchFilter[] filters = [new(), new(SourceKind: SourceKind.Transcript), new(From: new DateOnly(2025, 1, 22))];
        int pagesWithHits = 0;
        foreach (SearchFilter filter in filters)
        {
            foreach ((int skip, int take) in new[] { (0, 5), (5, 5), (0, 50) })
            {
                int[] passages = await PassageIdsAsync(query, filter, skip, take, firstCut: 0);
                int[] statements = await StatementIdsAsync(query, filter, skip, take, firstCut: 0);
                pagesWithHits += passages.Length > 0 ? 1 : 0;
                foreach (int firstCut in new[] { 1, 3, 8, 20, SearchResults.FirstCut })
                {
                    Assert.Equal(passages, await PassageIdsAsync(query, filter, skip, take, firstCut));
                    Assert.Equal(statements, await StatementIdsAsync(query, filter, skip, take, firstCut));
                }
            }
        }

        Assert.True(pagesWithHits > 0, $"the seeds and the gold set hold passages with {words}");
    }

    private Task<int[]> PassageIdsAsync(SearchQuery query, SearchFilter filter, int skip, int take, int firstCut) =>
        seeded.Store.QueryAsync(async db => (await SearchResults.PassagesAsync(db, query, filter, skip, take, CancellationToken.None, firstCut)).Hits.Select(h => h.Id).ToArray());

    private Task<int[]> StatementIdsAsync(SearchQuery query, SearchFilter filter, int skip, int take, int firstCut) =>
        seeded.Store.QueryAsync(async db => (await SearchResults.StatementsAsync(db, query, filter, skip, take, CancellationToken.None, firstCut)).Hits.Select(h => h.Id).ToArray());
}
