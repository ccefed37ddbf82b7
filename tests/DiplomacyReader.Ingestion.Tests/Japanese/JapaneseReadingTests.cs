using DiplomacyReader.Ingestion.Japanese;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Tests.Japanese;

/// <summary>Japanese documents: era dates, MOFA and Kantei records turn by turn, and 「quotes」 with their cues and speakers.</summary>
public sealed class JapaneseReadingTests
{
    private static readonly IngestionPipeline s_pipeline = IngestionPipeline.CreateDefault();

    [Theory]
    [InlineData("(令和5年9月29日(金曜日)14時27分 於:本省会見室)", 2023, 9, 29)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("2024年10月1日、首相官邸", 2024, 10, 1)]
    [InlineData("（令和７年５月１６日（金曜日）１６時１９分　於：本省会見室）", 2025, 5, 16)] // full-width digits
    [InlineData("昭和64年1月7日", 1989, 1, 7)]
    [InlineData("令和 7年 5月 16日", 2025, 5, 16)] // spaced, as some pages set it
    public void Dates_are_read_in_the_era_calendar_and_the_western_one(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), JapaneseText.FirstDate(text));
        Assert.Equal(new DateOnly(year, month, day), LinePatterns.ParseDate(LinePatterns.JapaneseDates().Match(text).Value)); // a date line reads it alike
    }

    [Fact]
    public void A_year_without_an_era_has_four_digits() => Assert.Null(LinePatterns.ParseDate("7年5月16日"));

    [Fact]
    public void An_impossible_date_is_no_date() => Assert.Null(JapaneseText.FirstDate("令和5年2月30日"));

    [Fact]
    public void Japanese_is_told_from_chinese_and_english()
    {
        Assert.True(JapaneseText.IsJapanese("林芳正外相は14日の記者会見で述べた。"));
        Assert.False(JapaneseText.IsJapanese("外交部发言人林剑主持例行记者会。")); // no kana: Chinese
        Assert.False(JapaneseText.IsJapanese("Foreign Minister Hayashi said on Friday."));
    }

    [SharedDataFact]
    public void A_mofa_record_is_a_transcript_whose_official_turns_are_statements_and_whose_question_is_not()
    {
        SourceDocument document = Process("03_mofa-kamikawa-pc-20230929-ja.txt");

        Assert.Equal(SourceKind.Transcript, document.Kind);
        Assert.Equal("Yoko Kamikawa", document.TranscriptSpeaker?.Name);
        Assert.Equal(new DateOnly(2023, 9, 29), document.Date);
        Assert.NotEmpty(document.Statements);
        Assert.All(document.Statements, s => Assert.Equal(("Yoko Kamikawa", StatementKind.Official), (s.Speaker?.Name, s.Kind)));
        Assert.All(document.Statements, s => Assert.NotEqual(PassageKind.Question, document.Passages[s.PassageIndex].Kind));
        Assert.Contains(document.Passages, p => p.Kind == PassageKind.Question && p.Text.Contains("記者", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Statements, s => s.Text.StartsWith('【'));
    }

    [SharedDataFact]
    public void A_kantei_statement_without_labels_is_the_prime_ministers_with_the_bracketed_question_apart()
    {
        SourceDocument document = Process("07_kantei-ishiba-g7-call-pc-20241002-ja.txt");

        Assert.Equal(SourceKind.Transcript, document.Kind);
        Assert.Equal("Shigeru Ishiba", document.TranscriptSpeaker?.Name);
        PassageRecord question = Assert.Single(document.Passages, p => p.Kind == PassageKind.Question);
        Assert.DoesNotContain(document.Statements, s => s.PassageIndex == question.Index);
    }

    [SharedDataFact]
    public void Press_quotes_take_their_cue_and_the_speaker_named_before_them_or_the_sentence_before()
    {
        SourceDocument named = Process("13_iza-sankei-hayashi-g7-karuizawa-20230414.txt");
        SourceDocument dropped = Process("14_sankeiweekly-ishiba-inaugural-pc-20241001.txt");

        Assert.Equal(2, named.Statements.Count(s => s.Quote is not null));
        Assert.All(named.Statements.Where(s => s.Quote is not null), s => Assert.Equal("Yoshimasa Hayashi", s.Speaker?.Name));
        Assert.Contains(named.Statements, s => s.Quote!.Contains("『自由で開かれたインド太平洋』", StringComparison.Ordinal) && s.Cue == "語");
        // 理由について「…」と述べ: no name in the sentence, the subject of the sentence before (石破茂首相は) speaks on.
        Assert.Equal(3, dropped.Statements.Count(s => s.Quote is not null && s.Speaker?.Name == "Shigeru Ishiba"));
        Assert.Contains(dropped.Statements, s => s.Quote == "納得と共感内閣" && s.Kind == StatementKind.Partial);
        Assert.Contains("free-and-open-indo-pacific", named.Statements.SelectMany(s => s.Topics));
    }

    [SharedDataFact]
    public void A_japanese_press_quote_links_to_the_passage_of_the_japanese_record_it_renders_and_an_unsaid_one_to_nothing()
    {
        SourceDocument record = Process("01_govbase-mofa-hayashi-pc-20230414-ja.txt");
        SourceDocument press = Process("13_iza-sankei-hayashi-g7-karuizawa-20230414.txt");

        var links = s_pipeline.Link([record, press]).Links.Where(l => l.SourceFile == press.FileName).ToArray();

        StatementRecord rendered = press.Statements.Single(s => s.Quote?.StartsWith("アジアで開催する", StringComparison.Ordinal) == true);
        StatementRecord unsaid = press.Statements.Single(s => s.Quote?.StartsWith("外相間の", StringComparison.Ordinal) == true); // said later than the stored excerpt
        var link = Assert.Single(links, l => l.StatementId == rendered.Id);
        Assert.Equal(Fidelity.Close, link.Fidelity);
        Assert.Contains("議長国として", record.Passages[link.TargetPassage].Text);
        Assert.DoesNotContain(links, l => l.StatementId == unsaid.Id);
    }

    private static SourceDocument Process(string file)
    {
        string path = Path.Combine(SharedData.Corpus("japan-ja"), "docs", file);
        return s_pipeline.Process(new SourceInput(file, File.ReadAllBytes(path)));
    }
}

/// <summary>An official English version found for its Japanese original, and their passages aligned.</summary>
public sealed class TranslationAlignmentTests
{
    private static readonly IngestionPipeline s_pipeline = IngestionPipeline.CreateDefault();

    [SharedDataFact]
    public void Each_english_version_is_paired_with_its_japanese_original_and_their_first_paragraphs_aligned()
    {
        string docs = Path.Combine(SharedData.Corpus("japan-ja"), "docs");
        string[] files = Directory.GetFiles(docs, "*.txt").Order(StringComparer.Ordinal).ToArray();
        SourceDocument[] documents = files.Select(f => s_pipeline.Process(new SourceInput(Path.GetFileName(f), File.ReadAllBytes(f)))).ToArray();

        var pairs = Ingestion.Linking.TranslationPairs.Find(documents, s_pipeline.Knowledge)
            .Select(p => (documents[p.English].FileName[..2], documents[p.Japanese].FileName[..2])).ToHashSet();

        // The manifest's translation_of, which the rules never read.
        Assert.Equal(new HashSet<(string, string)> { ("02", "01"), ("04", "03"), ("06", "05"), ("08", "07"), ("12", "11") }, pairs);
        SourceDocument english = documents.Single(d => d.FileName.StartsWith("04_", StringComparison.Ordinal));
        SourceDocument japanese = documents.Single(d => d.FileName.StartsWith("03_", StringComparison.Ordinal));
        var aligned = Ingestion.Linking.TranslationAligner.Align(english.Passages, japanese.Passages, s_pipeline.Knowledge);
        int first = english.Passages.First(p => p.Text.Contains("It has been two weeks since I took office", StringComparison.Ordinal)).Index;
        int original = japanese.Passages.First(p => p.Text.Contains("外務大臣に就任して2週間", StringComparison.Ordinal)).Index;
        Assert.Contains(aligned, t => t.EnglishPassage == first && t.JapanesePassage == original);

        // The export gives each aligned passage on the English source, and nothing on the others.
        var export = documents.Select(d => Export.ExportMapping.ToExport(d, s_pipeline.Link(documents))).ToArray();
        Export.ExportTranslation translation = Assert.Single(export.Single(s => s.File == english.FileName).Translations!, t => t.Passage == first);
        Assert.Equal((japanese.FileName, original), (translation.TargetFile, translation.TargetPassage));
        Assert.InRange(translation.Score, 0, 1);
        Assert.Null(export.Single(s => s.File == japanese.FileName).Translations);
    }

    [SharedDataFact]
    public void A_japanese_record_on_a_mirror_a_day_late_is_dated_by_its_own_words_and_paired_with_its_english_version()
    {
        string corpus = SharedData.Corpus("japan-ja");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "manifest.json")));
        SourceDocument[] documents = manifest.RootElement.GetProperty("docs").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == "transcript")
            .Select(d => (File: d.GetProperty("file").GetString()!, Url: d.GetProperty("url").GetString()))
            .Select(d => s_pipeline.Process(new SourceInput(Path.GetFileName(d.File), File.ReadAllBytes(Path.Combine(corpus, d.File)), new KnownFacts(Url: d.Url))))
            .ToArray();

        SourceDocument english = documents.Single(d => d.FileName.StartsWith("02_", StringComparison.Ordinal));
        SourceDocument japanese = documents.Single(d => d.FileName.StartsWith("01_", StringComparison.Ordinal));
        // The mirror's address is a day late (2023/04/15); the record's 昨13日 ("yesterday, the 13th") gives its day.
        Assert.Equal(new DateOnly(2023, 4, 14), english.Date);
        Assert.Equal(english.Date, japanese.Date);
        var pairs = Ingestion.Linking.TranslationPairs.Find(documents, s_pipeline.Knowledge)
            .Select(p => (documents[p.English].FileName[..2], documents[p.Japanese].FileName[..2])).ToHashSet();
        Assert.Equal(new HashSet<(string, string)> { ("02", "01"), ("04", "03"), ("06", "05"), ("08", "07"), ("12", "11") }, pairs);
    }

    [Theory]
    [InlineData("上川外務大臣会見記録", "上川外務大臣会見記録")]
    [InlineData("G7首脳電話会議出席についての会見", "g7首脳電話会議出席についての会見")]
    [InlineData("Café diplomacy", "cafe-diplomacy")]
    public void Slugs_keep_japanese_as_written_and_strip_latin_accents(string title, string slug) =>
        Assert.Equal(slug, DiplomacyReader.Ingestion.Text.Slug.From(title));
}
