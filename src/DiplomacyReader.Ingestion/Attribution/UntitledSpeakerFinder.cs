using System.Text.RegularExpressions;
using DiplomacyReader.Ingestion.Knowledge;
using DiplomacyReader.Ingestion.Model;
using DiplomacyReader.Ingestion.Statements;
using DiplomacyReader.Ingestion.Text;

namespace DiplomacyReader.Ingestion.Attribution;

/// <summary>
/// Finds people the knowledge base does not know who are introduced only by name at a reporting verb:
/// "Bonnie Glaser, managing director of …, said", "said Ken Jimbo, a professor at Keio University". The
/// description beside the name becomes their role, and a demonym at its start their country.
/// </summary>
public sealed partial class UntitledSpeakerFinder(KnowledgeIndex knowledge, MentionFinder names)
{
    /// <summary>
    /// New-name mentions next to the cue verbs of <paramref name="text"/> that no mention covers yet. A
    /// surname alone ("Cruz said", "said Carson") is a person when the document names someone with that
    /// surname in full (<paramref name="fullNames"/>, by surname) and is not a place, an institution or an outlet.
    /// </summary>
    public IEnumerable<Mention> Find(string text, IReadOnlyList<Mention> existing, IReadOnlyDictionary<string, string> fullNames, IReadOnlySet<string> taken)
    {
        IReadOnlyList<QuoteSpan> quotes = QuoteScanner.Find(text);
        var covered = new CoveredSpans(text.Length, existing.Select(m => m.Span));
        var atVerbs = new List<TextSpan>();
        foreach (Match cue in CueVerbs.Finite().Matches(text).Where(c => !QuoteScanner.IsInside(quotes, c.Index)))
        {
            // '“…,” Pence told Chuck Todd': the name after the verb (the one spoken to) does not stand for the
            // subject before it; each side is read.
            Mention? subject = Before(text, cue.Index, covered) ?? SurnameBefore(text, cue.Index, covered, fullNames, taken);
            Mention? after = After(text, cue.Index + cue.Length, covered)
                ?? (subject is null && (CueVerbs.SubjectMayFollow(cue.Value) || (CueVerbs.SubjectMayFollowQuotation(cue.Value) && TextWindow.Before(ClosingQuoteBefore(), text, cue.Index).Success))
                    ? SurnameAfter(text, cue.Index, cue.Index + cue.Length, covered, fullNames, taken) ?? DescribedAfter(text, cue.Index, cue.Index + cue.Length, covered)
                    : null);
            // "Sanders was asked by host Bill Maher, …": the agent of a passive verb of saying speaks.
            Mention? agent = after is null && TextWindow.Before(PassiveBefore(), text, cue.Index).Success ? Agent(text, cue.Index + cue.Length, covered) : null;
            foreach (Mention found in new[] { subject, after, agent }.OfType<Mention>())
            {
                atVerbs.Add(found.Span);
                yield return found;
            }
        }

        // A name already read at its verb is not read again as an opening subject.
        foreach (TextSpan span in atVerbs)
        {
            covered.Add(span.Start, span.End);
        }

        // "Stated Stone: “…”", "Said Comey, “…”": a verb of saying that opens the sentence has its subject after it.
        IEnumerable<Match> inverted = InvertedOpening().Matches(text).Where(m => CueVerbs.SubjectMayFollow(m.Groups["verb"].Value.ToLowerInvariant()));
        // "Before the convention, Cleveland Police Chief Calvin Williams lobbied …": after an opening phrase and a
        // description, a name the story gives in full opens the main clause the same way.
        // So at the start of a sentence after a description alone ("House Republican Thomas Massie used to support …").
        IEnumerable<Match> afterPhrase = AfterOpeningPhrase().Matches(text)
            .Where(m => m.Groups["description"].Length == 0 ? m.Groups["phrase"].Success : IsDescription(m.Groups["description"].Value));
        foreach (Match opening in OpeningSubject().Matches(text).Concat(inverted).Concat(afterPhrase))
        {
            if (OpeningSubjectMention(text, opening.Groups["name"], covered, fullNames, taken) is Mention found)
            {
                yield return found;
            }
        }

        // "Jeffrey M. Jones: “Gallup’s analysis …”", after a digest's heading and a dash too: a full name that labels the
        // quotation after its colon.
        foreach (Match label in LabelledName().Matches(text))
        {
            Group name = label.Groups["name"];
            bool person = !name.Value.Split(' ', '-').Any(w => s_notPeople.Contains(w) || s_titleWords.Contains(w)) && knowledge.Publisher(name.Value) is null && !names.IsKnownWord(name.Value);
            if (person && Create(text, name, string.Empty, covered) is Mention found)
            {
                yield return found;
            }
        }
    }

    [GeneratedRegex(@"(?:^|(?<=\S[ \t]+[-–—][ \t]+))(?<name>" + NameWords.Word + @"(?: [A-Z]\.)? " + NameWords.Word + @"):[ \t]*[""“]", RegexOptions.Multiline)]
    private static partial Regex LabelledName();

    // "Clinton seemed ready to riff on the incident, telling the crowd, “…”", "Ed Krayewski may have said it best
    // when he blogged: “…”": a name that opens a sentence and is followed by a verb is the sentence's subject,
    // whatever the verb. A surname alone is the person the story names in full; two or three capitalised words
    // are a person unless they name a place, an institution, an outlet or a group ("Senate Republicans").
    private Mention? OpeningSubjectMention(string text, Group name, CoveredSpans existing, IReadOnlyDictionary<string, string> fullNames, IReadOnlySet<string> taken)
    {
        string[] words = name.Value.Split(' ', '-');
        if (words.Any(w => s_notPeople.Contains(w) || s_titleWords.Contains(w)) || knowledge.Publisher(name.Value) is not null)
        {
            return null;
        }

        // Two words are a full name only where the story gives their surname to nobody else: "Now Sembler, who …,
        // has agreed" after "Mel Sembler", "Understated Perez raises …" after "Thomas Perez" open with a word of the sentence.
        if (words.Length > 1)
        {
            return !taken.Contains(words[^1]) && fullNames.GetValueOrDefault(words[^1]) == name.Value ? Create(text, name, string.Empty, existing) : null;
        }

        return taken.Contains(name.Value) ? null : FromSurname(text, name, string.Empty, existing, fullNames);
    }

    /// <summary>
    /// The full names a document gives people (two or three capitalised words), by surname, where the name is no
    /// place, institution or outlet; a surname two people share is the first one's, as news copy names a relative
    /// who comes later in full or by first name.
    /// </summary>
    public IReadOnlyDictionary<string, string> FullNamesBySurname(IEnumerable<string> texts)
    {
        var bySurname = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (string run in FullName().Matches(text).SelectMany(m => SentencesOf(m.Value)))
            {
                // "Senate Minority Leader Harry Reid": the titles before the name are not part of it.
                // "… candidate Mike Pence.": the full stop that ends the sentence is no abbreviation's.
                string[] words = EndsSentence(run) ? run[..^1].Split(' ') : run.Split(' ');
                // Nor is the verb of saying that opens "Said Comey, …".
                // A title's word after a capitalised word of the office ("Senate Minority Whip") ends the titles all the same.
                int lastTitle = Array.FindLastIndex(words, w => s_titleWords.Contains(w.TrimEnd('.')));
                string[] name = words.Skip(lastTitle + 1).SkipWhile(w => names.IsKnownWord(w) || CueVerbs.SubjectMayFollow(w.ToLowerInvariant())).Where(w => !w.EndsWith('.')).ToArray();
                // A headline's verb before a full name is no first name ("Why Progressives Are Celebrating Hillary Clinton’s
                // Speech", "Why Is Sanders …", "Debating Clinton’s Character").
                string[] kept = (name.Length > 3 ? name[^3..] : name).SkipWhile(IsHeadlineVerb).ToArray();
                string fullName = string.Join(' ', kept);
                if (kept.Length < 2 || names.IsKnownWord(fullName) || knowledge.Publisher(fullName) is not null)
                {
                    continue;
                }

                string surname = fullName[(fullName.LastIndexOfAny([' ', '-']) + 1)..];
                bySurname[surname] = bySurname.TryGetValue(surname, out string? other) && other is not null && other != fullName && !other.EndsWith(fullName, StringComparison.Ordinal) && !fullName.EndsWith(other, StringComparison.Ordinal)
                    ? other
                    : bySurname.GetValueOrDefault(surname) is { } longer && longer.Length > fullName.Length ? longer : fullName;
            }
        }

        return bySurname.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    // A capitalised auxiliary ("Is", "Does"), or a verb in -ing whose stem ends as verbs do and names do not ("Celebrating",
    // "Attacking", "Praising"; not "Channing", "Sterling", "Irving").
    private static bool IsHeadlineVerb(string word) =>
        s_headlineAuxiliaries.Contains(word)
        || (word.Length >= 7 && word.EndsWith("ing", StringComparison.Ordinal) && word[^4] is 't' or 'k' or 's' or 'z' or 'c');

    private static readonly HashSet<string> s_headlineAuxiliaries = new(StringComparer.Ordinal)
    {
        "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Does", "Do", "Did", "Will", "Would", "Can", "Could", "Should", "Why", "How", "When", "Where",
    };

    // "… toured by Marla Quint. Her husband …": a run of capitalised words goes on across the full stop that ends a
    // sentence; each sentence's part is read alone (the part before keeps its full stop).
    private static IEnumerable<string> SentencesOf(string run)
    {
        int start = 0;
        for (int dot = run.IndexOf(". ", StringComparison.Ordinal); dot > 0; dot = run.IndexOf(". ", dot + 1, StringComparison.Ordinal))
        {
            if (EndsSentence(run[start..(dot + 1)]))
            {
                yield return run[start..(dot + 1)];
                start = dot + 2;
            }
        }

        yield return run[start..];
    }

    // A run whose last word is a surname of three letters or more, not a title's short form, with a full stop after it.
    private static bool EndsSentence(string run) =>
        run.EndsWith('.') && run[(run.LastIndexOf(' ') + 1)..^1] is { Length: >= 3 } last && !s_titleWords.Contains(last);

    private Mention? SurnameBefore(string text, int cueStart, CoveredSpans existing, IReadOnlyDictionary<string, string> fullNames, IReadOnlySet<string> taken)
    {
        Match match = TextWindow.Before(SurnameThenAppositive(), text, cueStart);
        if (!match.Success)
        {
            // "After Scalia said that …", "As Clinton told the Daily News": a conjunction opening the clause is no first name.
            Match opened = TextWindow.Before(SurnameAfterConjunction(), text, cueStart);
            return opened.Success && !taken.Contains(opened.Groups["name"].Value) ? FromSurname(text, opened.Groups["name"], string.Empty, existing, fullNames) : null;
        }

        // '"That would be Hillary Clinton," Borger said.': between the closing quote and the verb only a
        // name can stand, so the story need not have named the person in full.
        Group name = match.Groups["name"];
        // So can a single name opening the sentence: 'Brafman said, “The zeal with which…”'.
        bool rightAfterQuote = TextWindow.Before(ClosingQuoteBefore(), text, name.Index).Success || TextWindow.Before(SentenceStartBefore(), text, name.Index).Success;
        IReadOnlyDictionary<string, string> known = rightAfterQuote && !fullNames.ContainsKey(name.Value) && !taken.Contains(name.Value)
            ? new Dictionary<string, string>(StringComparer.Ordinal) { [name.Value] = name.Value }
            : fullNames;
        return FromSurname(text, name, match.Groups["description"].Value, existing, known);
    }

    private Mention? SurnameAfter(string text, int cueStart, int cueEnd, CoveredSpans existing, IReadOnlyDictionary<string, string> fullNames, IReadOnlySet<string> taken)
    {
        Match match = SurnameWithDescription().Match(text, cueEnd);
        if (!match.Success || match.Index != cueEnd)
        {
            return null;
        }

        // '“…,” said Beck.': after a closing quotation and its inverted verb a word that ends the clause can only
        // be a name, as before the verb. ("said Virginia delegate Beau Correll": the word opens a description.)
        Group name = match.Groups["name"];
        bool endsClause = ClauseEnd().IsMatch(text.AsSpan(name.Index + name.Length));
        IReadOnlyDictionary<string, string> known = endsClause && TextWindow.Before(ClosingQuoteBefore(), text, cueStart).Success && !fullNames.ContainsKey(name.Value) && !taken.Contains(name.Value)
            && knowledge.Publisher(name.Value) is null
            ? new Dictionary<string, string>(StringComparer.Ordinal) { [name.Value] = name.Value }
            : fullNames;
        return FromSurname(text, name, match.Groups["description"].Value, existing, known);
    }

    // '“…,” said Democratic pollster Stan Greenberg.': after a closing quotation and its inverted verb, a
    // description, then the name that ends the clause. The description becomes the person's role.
    private Mention? DescribedAfter(string text, int cueStart, int cueEnd, CoveredSpans existing)
    {
        if (!TextWindow.Before(ClosingQuoteBefore(), text, cueStart).Success)
        {
            return null;
        }

        Match match = DescriptionThenName().Match(text, cueEnd);
        if (!match.Success || match.Index != cueEnd)
        {
            return null;
        }

        // "said House Speaker Paul Ryan": a title's last word may stand at the head of the three capitalised words.
        Group name = match.Groups["name"];
        int title = name.Value.IndexOf(' ');
        return s_titleWords.Contains(name.Value[..title]) && name.Value.IndexOf(' ', title + 1) > 0
            ? Create(text, name.Index + title + 1, name.Value[(title + 1)..], match.Groups["description"].Value + name.Value[..title], existing)
            : Create(text, name, match.Groups["description"].Value, existing);
    }

    /// <summary>
    /// Words that may describe a person between an inverted verb and their name ("said former Utah governor
    /// Michael Leavitt"): up to six, none a pronoun, preposition, conjunction or relative that would open a clause.
    /// </summary>
    internal const string DescriptionWords = @"(?:(?!(?:that|this|to|he|she|it|they|we|in|on|at|of|for|with|by|from|as|and|but|or|who|which|when|after|before|about|during|between|among|against|over|under|into|than|like|without|within|through|across|around|toward|towards|upon|versus|vs|both|either|neither|each|every|all)\b)[\p{L}\p{N}.'’&-]+\s+){1,6}?";

    /// <summary>
    /// Whether <paramref name="words"/> may describe the person named right after them at the head of a clause
    /// ("Former Pennsylvania governor Ed Rendell"): description words, none a lowercase word in -s or -ed, which is
    /// a verb's ("…, calls Cruz"), nor a conjunction that opens a clause ("When told Perez was …").
    /// </summary>
    internal static bool IsDescription(string words) =>
        DescriptionOpening().IsMatch(words.TrimEnd() + " ") && !ArticleLast().IsMatch(words)
        && !words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => char.IsLower(w[0]) && (w.EndsWith('s') || w.EndsWith("ed", StringComparison.Ordinal)));

    [GeneratedRegex(@"^\s*" + DescriptionWords + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionOpening();

    // "the Trump campaign": a name right after an article modifies the noun after it.
    [GeneratedRegex(@"(?:^|\s)(?:the|a|an)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleLast();

    [GeneratedRegex(@"^\s*(?:[,.;(]|$)")]
    private static partial Regex ClauseEnd();

    // A name at the start of a sentence or line, an appositive if any, then a lowercase verb: one in -ed or -s,
    // or an auxiliary, an adverb in -ly before it if any.
    // Two words only: at a sentence's start a third before them is as often a capitalised description ("Columnist Ed Krayewski").
    [GeneratedRegex(@"(?:^|(?<=[.!?][""”’]?[ \t]+)(?<!(?:^|[^\p{L}])\p{Lu}\.[ \t]+)|(?<=\n[ \t]*))(?<name>" + NameWords.Word + @"(?: [A-Z]\.)? " + NameWords.Word + "|" + NameWords.Surname + @")(?=(?:,[^,""“”]{3,120},)?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:ed|s)|has|had|was|is|will|would|may|might|could|can|did|does|must|should|told|said|wrote|spoke)\b)", RegexOptions.Multiline)]
    private static partial Regex OpeningSubject();

    // The same after an opening phrase that ends in a comma, and a description if any; the name is two words or a surname.
    [GeneratedRegex(@"(?<=(?:^|[.!?][""”’]?[ \t]+|\n[ \t]*)(?<phrase>[^.!?\n""“”,]{2,100},[ \t]+)?(?<description>[^,.!?\n""“”]{0,60}?))(?<![\p{L}.'’-])(?<name>" + NameWords.Word + @" " + NameWords.Word + "|" + NameWords.Surname + @")(?=(?:,[^,""“”]{3,120},)?\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:ed|s)|has|had|was|is|will|would|may|might|could|can|did|does|must|should|told|said|wrote|spoke)\b)", RegexOptions.Multiline)]
    private static partial Regex AfterOpeningPhrase();

    [GeneratedRegex(@"(?:^|(?<=[.!?][""”’]?[ \t]+)|(?<=\n[ \t]*))(?<verb>\p{Lu}\p{Ll}+)\s+(?<name>" + NameWords.FullName + "|" + NameWords.Surname + @")(?=\s*[,:])", RegexOptions.Multiline)]
    private static partial Regex InvertedOpening();

    // The name ends the clause, or a phrase of time or place follows it ("said House Speaker Paul Ryan in a
    // statement"); the full stop of a title's short form ("Navy Capt. Jeff Davis") does not end it.
    [GeneratedRegex(@"\G\s+(?<description>" + DescriptionWords + @")(?<name>" + NameWords.FullName + @")(?=\s*(?:[,;(]|$)|\.(?<!(?:^|\P{L})(?:Sen|Rep|Gov|Gen|Capt|Lt|Col|Sgt|Adm|Maj|Cmdr|Dr|Mr|Mrs|Ms|Rev|St)\.)|\s+(?:in|on|at|during|after|before|while|from)\s)")]
    private static partial Regex DescriptionThenName();

    private Mention? FromSurname(string text, Group name, string description, CoveredSpans existing, IReadOnlyDictionary<string, string> fullNames)
    {
        // "said Rep. Cathy McMorris Rodgers": an abbreviated title is no surname.
        if (!fullNames.TryGetValue(name.Value, out string? fullName) || s_notPeople.Contains(name.Value) || s_titleWords.Contains(name.Value))
        {
            return null;
        }

        Mention? mention = Create(text, name, description, existing);
        return mention is null ? null : mention with { Name = fullName };
    }

    /// <summary>Whether <paramref name="word"/> is a word of a title that stands before a name ("Sen", "Leader", "Gov").</summary>
    internal static bool IsTitleWord(string word) => s_titleWords.Contains(word);

    // Words of titles that stand before a name in wire copy ("Sen.", "Minority Leader", "Gov.").
    private static readonly HashSet<string> s_titleWords = new(StringComparer.Ordinal)
    {
        "Sen", "Senator", "Rep", "Representative", "Gov", "Governor", "Mayor", "Minority", "Majority", "Leader", "Speaker", "Judge",
        "Justice", "Attorney", "General", "Director", "Whip", "Chief", "President", "Secretary", "Sheriff", "Chairman", "Chairwoman", "Chair", "Candidate", "Republican", "Democrat",
        "Democratic", "Former", "Vice", "Deputy", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Adviser", "Advisor",
        "Commissioner", "Speaker", "Mr", "Mrs", "Ms", "Dr", "Professor", "Pastor", "Rev", "Lt", "Col", "Capt", "Sgt", "Adm", "Gen", "Sir",
        "Congressman", "Congresswoman", "Founder", "Actor", "Actress",
    };

    // Capitalised words that open clauses without naming anyone.
    private static readonly HashSet<string> s_notPeople = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "We", "You", "This", "That", "These", "Those", "There", "Here", "Who", "What", "Which", "Some",
        "Many", "Most", "Others", "Both", "All", "Each", "One", "Two", "His", "Her", "Their", "Its", "Our", "My", "Your", "Officials", "Critics", "Experts", "Analysts", "Sources",
        "Aides", "Supporters", "Voters", "Democrats", "Republicans", "Americans", "Polls", "Reports", "Police", "Prosecutors",
    };

    private Mention? Before(string text, int cueStart, CoveredSpans existing)
    {
        Match match = TextWindow.Before(NameThenAppositive(), text, cueStart);
        if (!match.Success)
        {
            return null;
        }

        // "As Michael Dell said", "When Jane Ruiz spoke": a capitalised word that opens the clause is no part of the name,
        // nor is a title ("Archbishop Aris Shirvanian of the Armenian Patriarchate told").
        Group name = match.Groups["name"];
        int space = name.Value.IndexOf(' ');
        bool opener = space > 0 && name.Value.IndexOf(' ', space + 1) > 0 && (names.IsKnownWord(name.Value[..space]) || s_titleWords.Contains(name.Value[..space]));
        return opener
            ? Create(text, name.Index + space + 1, name.Value[(space + 1)..], match.Groups["description"].Value, existing)
            : Create(text, name, match.Groups["description"].Value, existing);
    }

    private Mention? Agent(string text, int cueEnd, CoveredSpans existing)
    {
        Match match = AgentAfter().Match(text, cueEnd);
        return match.Success && match.Index == cueEnd ? Create(text, match.Groups["name"], match.Groups["description"].Value, existing) : null;
    }

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being)\s+$")]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"\G\s+by\s+(?<description>" + DescriptionWords + @")?(?<name>" + NameWords.FullName + @")(?![\p{L}-])")]
    private static partial Regex AgentAfter();

    private Mention? After(string text, int cueEnd, CoveredSpans existing)
    {
        Match match = NameWithDescription().Match(text, cueEnd);
        return match.Success && match.Index == cueEnd ? Create(text, match.Groups["name"], match.Groups["description"].Value, existing) : null;
    }

    private Mention? Create(string text, Group name, string description, CoveredSpans existing) =>
        Create(text, name.Index, name.Value, description, existing);

    private Mention? Create(string text, int index, string name, string description, CoveredSpans existing)
    {
        var span = new TextSpan(index, index + name.Length);
        bool taken = existing.Overlaps(span.Start, span.End);
        bool afterArticle = index >= 4 && text.AsSpan(0, index).TrimEnd().EndsWith("the", StringComparison.OrdinalIgnoreCase);
        if (taken || afterArticle || names.IsKnownWord(name) || knowledge.ActorByName(name) is not null)
        {
            return null;
        }

        // "Marcos, for his part, said": a phrase of the sentence between commas, not a description of the person.
        string role = NotADescription().IsMatch(description.Trim()) ? string.Empty : LeadingArticle().Replace(description.Trim(), string.Empty);
        string[] firstWords = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).ToArray();
        string? country = firstWords.Select(w => knowledge.CountryCode(w.TrimEnd(','))).FirstOrDefault(c => c is not null);
        return new Mention(span, MentionKind.NewName, null, name, null, country, false, role.Length == 0 ? null : role);
    }

    // "Bonnie Glaser, managing director of the program," right before the verb (adverbs allowed after it: "Cruz
    // gingerly said"; a noun in -ly before the verb, "a Trump rally said", is refused where the clause is read).
    // A party tag or an affiliation may stand between: "Earl Blumenauer (D-Ore.) said", "Aris Shirvanian of the Armenian Patriarchate told".
    [GeneratedRegex(@"(?<![\p{L}.])(?<name>" + NameWords.FullName + @")(?:\s*\([^()""“”]{1,30}\)|\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,4})?(?:,(?<description>[^,""“”]{3,120}),(?:[^,""“”]{3,120},)?|,)?(?:\s+(?:also|later|then|on \w+|\w+day|\p{Ll}{3,}ly))*\s*$")]
    private static partial Regex NameThenAppositive();

    // " Ken Jimbo, a professor of international relations at Keio University" right after the verb.
    // "Los Angeles-based attorney …": a name joined to what follows by a hyphen is a place or a modifier.
    // \G: only right after the verb, so that a miss does not search the rest of the passage.
    [GeneratedRegex(@"\G\s+(?<name>" + NameWords.FullName + @")(?![\p{L}-])(?:,(?<description>[^,.;""“”]{3,120}))?")]
    private static partial Regex NameWithDescription();

    // "Cruz, the Texas senator," right before the verb: one capitalised word not preceded by another, nor by
    // an initial ("Robert P. Casey"). After the full stop that ends a sentence it opens the next one.
    [GeneratedRegex(@"(?<![\p{L}'’-]\s?)(?<!(?:^|[^\p{L}])\p{Lu}\.\s?)(?<!\p{Lu}\p{Ll}+\s)(?<name>" + NameWords.Surname + @"(?:-" + NameWords.Word + @")?)(?:,(?<description>[^,""“”]{3,120}),)?(?:\s+(?:also|later|then|on \w+|\w+day|\p{Ll}{3,}ly))*\s*$")]
    private static partial Regex SurnameThenAppositive();

    [GeneratedRegex(@"(?:^|[^\p{L}])(?:After|When|As|If|Before|While|Since|Though|Although|Because|Once|Until|Unless|Later|Then|But|And)\s+(?<name>" + NameWords.Surname + @")(?:\s+(?:also|later|then|\p{Ll}{3,}ly))*\s*$")]
    private static partial Regex SurnameAfterConjunction();

    [GeneratedRegex(@"^(?:for|in|on|at|by|with|from|after|before|during|as|however|meanwhile|though|too|also|instead|then|again|speaking|asked|when|while|not|like|unlike|according)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotADescription();

    // The closing mark may follow a nested quotation's own: "…, ‘We might have something here,’” said Tatum".
    [GeneratedRegex(@"[,!?]\s*['’]?\s*[""”’]\s*$|[""”]\s*,\s*$")]
    private static partial Regex ClosingQuoteBefore();

    [GeneratedRegex(@"(?:^|[.!?][""”’]?\s+|\n\s*)$")]
    private static partial Regex SentenceStartBefore();

    // " Carson, a retired neurosurgeon" right after the verb.
    [GeneratedRegex(@"\G\s+(?<name>" + NameWords.Surname + @"(?:-" + NameWords.Word + @")?)(?![\p{L}])(?!\s+[A-Z])(?:,(?<description>[^,.;""“”]{3,120}))?")]
    private static partial Regex SurnameWithDescription();

    // Two or three capitalised words: a person's full name, or a place or institution that the caller rules out. A
    // middle initial may follow any of them, as titles stand before the first name ("Senate Minority Whip Richard J. Durbin").
    [GeneratedRegex(@"(?<![\p{L}])" + NameWords.Word + @"\.?(?: [A-Z]\.)?(?:[ -]" + NameWords.Word + @"\.?(?: [A-Z]\.)?){1,5}(?![\p{L}])")]
    private static partial Regex FullName();

    [GeneratedRegex(@"^(?:a|an|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();
}
