using System.Text;
using DiplomacyReader.Ingestion.Model;

namespace DiplomacyReader.Ingestion.Tests.Metadata;

public sealed class JapaneseDayMentionTests
{
    // A record with no date line of its own: an answer that speaks of "yesterday, the 13th".
    private const string Record = "冒頭発言\n\n【外務大臣】昨13日の弾道ミサイル発射については、強く非難いたします。\n\n【記者】ありがとうございました。\n";

    [Fact]
    public void A_record_put_up_the_day_after_is_dated_the_day_it_speaks_of_as_today()
    {
        Assert.Equal(new DateOnly(2023, 4, 14), Process(Record, "https://mirror.example.org/2023/04/15/189694").Date);
        Assert.Equal(new DateOnly(2023, 4, 14), Process(Record.Replace("昨13日", "本日１４日"), "https://mirror.example.org/2023/04/16/1").Date);
    }

    [Fact]
    public void Yesterday_across_the_end_of_a_month_is_the_first_of_the_next()
    {
        Assert.Equal(new DateOnly(2024, 10, 1), Process(Record.Replace("昨13日", "昨30日"), "https://mirror.example.org/2024/10/02/1").Date);
    }

    [Fact]
    public void A_mention_far_from_the_found_date_or_alone_changes_nothing()
    {
        Assert.Equal(new DateOnly(2023, 4, 25), Process(Record, "https://mirror.example.org/2023/04/25/1").Date);
        Assert.Null(Process(Record, url: null).Date);
        // 昨年 is "last year", not a day.
        Assert.Equal(new DateOnly(2023, 4, 15), Process(Record.Replace("昨13日", "昨年"), "https://mirror.example.org/2023/04/15/1").Date);
    }

    private static SourceDocument Process(string text, string? url) =>
        TestPipeline.Default.Process(new SourceInput("record.txt", Encoding.UTF8.GetBytes(text), new KnownFacts(Url: url)));
}
