using System.Globalization;
using System.Text;
using System.Text.Json;
using DiplomacyReader.Ingestion.Knowledge;

namespace DiplomacyReader.Cli.Generating;

/// <summary>
/// Writes a synthetic corpus for load tests: wire reports quoting the officials who held office on each
/// report's date, and press-conference transcripts by foreign ministers, with a manifest. Deterministic for
/// a given seed. The texts read like news but are not news; they exist to give the store realistic volume.
/// </summary>
public sealed class CorpusGenerator(KnowledgeBase knowledge, int seed)
{
    private static readonly string[] s_cities = ["TOKYO", "WASHINGTON", "BEIJING", "SEOUL", "MANILA", "CANBERRA", "BRUSSELS", "NEW YORK"];
    private static readonly string[] s_outlets = ["Kyodo", "Jiji Press", "Reuters", "AP", "Yonhap", "AFP"];
    private static readonly string[] s_publishers = ["Kyodo", "The Japan Times", "Nikkei Asia", "Reuters", "The Mainichi", "NHK World"];
    private static readonly string[] s_weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] s_actions = ["deepen cooperation on", "step up dialogue on", "coordinate closely on", "strengthen its response to", "work with partners on"];
    private static readonly string[] s_qualities = ["extremely important", "a matter of grave concern", "essential for regional stability", "a top priority", "unacceptable"];
    private static readonly string[] s_verbs = ["said", "told reporters", "stressed", "said at a news conference", "told a regular press conference"];

    private readonly Random _random = new(seed);

    /// <summary>Writes <paramref name="count"/> documents and a manifest.json into <paramref name="folder"/>.</summary>
    public void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var manifest = new List<object>();
        ActorEntry[] speakers = knowledge.Actors.Where(a => a.Kind == "person" && a.Roles.Count > 0).ToArray();
        TopicEntry[] topics = knowledge.Topics.Where(t => t.Keywords.Count > 0).ToArray();
        for (int i = 0; i < count; i++)
        {
            DateOnly date = new DateOnly(2015, 1, 1).AddDays(_random.Next(0, 3900));
            bool transcript = i % 10 == 9;
            string file = $"gen_{i:D6}.txt";
            (string text, string title, string publisher, string kind) = transcript
                ? Transcript(date, topics)
                : Report(date, speakers, topics);
            File.WriteAllText(Path.Combine(folder, file), text, new UTF8Encoding(false));
            manifest.Add(new { file, title, publisher, url = (string?)null, date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), kind });
        }

        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(new { sources = manifest }, new JsonSerializerOptions { WriteIndented = true }));
    }

    private (string Text, string Title, string Publisher, string Kind) Report(DateOnly date, ActorEntry[] speakers, TopicEntry[] topics)
    {
        ActorEntry[] inOffice = speakers.Where(a => KnowledgeIndex.TenureAt(a, date) is not null).ToArray();
        ActorEntry first = Pick(inOffice), second = Pick(inOffice);
        TopicEntry topic = Pick(topics), other = Pick(topics);
        string keyword = Pick(topic.Keywords.ToArray()), otherKeyword = Pick(other.Keywords.ToArray());
        string firstTitle = TitleOf(first, date), secondTitle = TitleOf(second, date);
        string title = $"{Surname(first)} urges action on {keyword}";
        var text = new StringBuilder();
        text.AppendLine(title).AppendLine();
        text.AppendLine($"{Pick(s_cities)}, {date.ToString("MMM. d, yyyy", CultureInfo.InvariantCulture)} ({Pick(s_outlets)}) — {firstTitle} {first.Name} said {Pick(s_weekdays)} that the government would {Pick(s_actions)} {keyword}, calling the issue \"{Pick(s_qualities)}.\"").AppendLine();
        // A wire story of several rounds of quotes, as agencies file them: 12 to 20 statements.
        for (int round = _random.Next(3, 6); round > 0; round--)
        {
            text.AppendLine($"\"We will continue to work closely with our partners on {keyword} and {otherKeyword},\" {Surname(first)} {Pick(s_verbs)}. \"There is no time to lose.\"").AppendLine();
            text.AppendLine($"{secondTitle} {second.Name} said separately that officials were \"{Pick(s_qualities)}\" about developments related to {otherKeyword}.").AppendLine();
            text.AppendLine($"The remarks came as {Pick(knowledge.Countries.ToArray()).Name} and {Pick(knowledge.Countries.ToArray()).Name} prepared for talks on {keyword} later this month.").AppendLine();
            second = Pick(inOffice);
            secondTitle = TitleOf(second, date);
            otherKeyword = Pick(Pick(topics).Keywords.ToArray());
        }

        text.AppendLine($"{Surname(first)} also said the government would explain its position on {keyword} to the public.").AppendLine();
        return (text.ToString(), title, Pick(s_publishers), "press");
    }

    private (string Text, string Title, string Publisher, string Kind) Transcript(DateOnly date, TopicEntry[] topics)
    {
        RoleEntry foreignMinister = knowledge.FindRole("foreign-minister")!;
        ActorEntry minister = knowledge.Actors.FirstOrDefault(a => a.Roles.Any(t => t.Role == foreignMinister.Key && t.Country == "JP" && t.Covers(date))) ?? knowledge.FindActor("takeshi-iwaya")!;
        string[] names = minister.Name.Split(' ');
        string family = names[^1];
        string title = $"Press Conference by Foreign Minister {family.ToUpperInvariant()} {names[0]}";
        TopicEntry topic = Pick(topics);
        string keyword = Pick(topic.Keywords.ToArray());
        var text = new StringBuilder();
        text.AppendLine(title).AppendLine();
        text.AppendLine(date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).AppendLine();
        text.AppendLine("Opening Remarks").AppendLine();
        text.AppendLine($"Minister {family}: Good afternoon. I will visit {Pick(knowledge.Countries.ToArray()).Name} next week. We intend to {Pick(s_actions)} {keyword}.").AppendLine();
        text.AppendLine("Questions and Answers").AppendLine();
        // A press conference of several exchanges: 15 to 30 sentences of the minister's.
        for (int exchange = _random.Next(5, 11); exchange > 0; exchange--)
        {
            text.AppendLine($"Reporter ({Pick(s_outlets)}): What is the government's view on {keyword}?").AppendLine();
            text.AppendLine($"Minister {family}: We regard the issue as {Pick(s_qualities)}. We will continue to work closely with our partners on {keyword}. I believe dialogue is essential.").AppendLine();
            keyword = Pick(Pick(topics).Keywords.ToArray());
        }

        return (text.ToString(), title, "Ministry of Foreign Affairs of Japan", "transcript");
    }

    private string TitleOf(ActorEntry actor, DateOnly date)
    {
        TenureEntry tenure = KnowledgeIndex.TenureAt(actor, date)!;
        string country = knowledge.Countries.FirstOrDefault(c => c.Code == tenure.Country)?.Demonyms.FirstOrDefault() ?? string.Empty;
        return $"{country} {knowledge.FindRole(tenure.Role)!.Aliases[0].Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Aggregate((a, b) => a + " " + b)}".Trim();
    }

    private static string Surname(ActorEntry actor) => actor.Name.Split(' ')[^1];

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
