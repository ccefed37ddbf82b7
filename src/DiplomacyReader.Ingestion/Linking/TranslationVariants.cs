namespace DiplomacyReader.Ingestion.Linking;

/// <summary>
/// Words that translators render one Japanese (or Chinese, or Korean) word with: 感謝 is "appreciate" in the
/// ministry's version and "grateful" in a wire's, 揺るぎない "unwavering" or "unswerving", 協議 "consultations" or
/// "talks". The linker's word overlap counts each group as one word, so that another translation of the same
/// sentence still shares its words with the official one. Only the overlap: the word-by-word difference the
/// compare page shows keeps the words as written.
/// </summary>
internal static class TranslationVariants
{
    // Each group: the words (after TextNormalizer.Stem, which drops a plural "s") that stand for one source word.
    // Kept to words that mean the same in any sentence of diplomacy; "close" or "strong", which mean other things
    // too, are not here.
    private static readonly string[][] s_groups =
    [
        ["appreciate", "appreciated", "appreciation", "grateful", "gratitude", "thank", "thanked", "thankful"], // 感謝
        ["sincerely", "truly", "really", "deeply", "genuinely", "wholeheartedly", "heartfelt"], // 心から, 誠に
        ["unwavering", "unswerving", "steadfast", "unshakable", "unshakeable"], // 揺るぎない
        ["resolutely", "firmly", "decisively"], // 断固として
        ["concern", "concerned", "worry", "worried"], // 懸念
        ["regret", "regrettable", "deplorable"], // 遺憾
        ["important", "crucial", "vital", "essential"], // 重要
        ["strengthen", "reinforce", "bolster", "enhance"], // 強化
        ["cooperation", "collaboration", "coordination"], // 協力, 連携
        ["cooperate", "collaborate", "coordinate"],
        ["talk", "consultation", "discussion"], // 協議, 会談
        ["productive", "fruitful"], // 実りある
    ];

    // Each word's number to its group's first word's number.
    private static readonly Dictionary<int, int> s_sense = s_groups
        .SelectMany(group => group.Select(word => (Word: WordIds.Of(Text.TextNormalizer.Stem(word)), Sense: WordIds.Of(group[0]))))
        .ToDictionary(w => w.Word, w => w.Sense);

    /// <summary>The <see cref="WordIds">number</see> of the word that stands for <paramref name="stem"/>'s group, or the stem's own.</summary>
    public static int Sense(int stem) => s_sense.GetValueOrDefault(stem, stem);
}
