using System.Text;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>URL-safe identifiers made from titles and names.</summary>
public static class Slug
{
    /// <summary>Longest slug, so that URLs stay readable.</summary>
    private const int MaxLength = 60;

    /// <summary>Longest slug in Japanese, Chinese or Korean, whose every character is nine bytes in an address.</summary>
    private const int MaxUnspacedLength = 24;

    /// <summary>"Ishiba hopes to work closely…" → "ishiba-hopes-to-work-closely…"; "上川外務大臣会見記録" stays as it is written.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder();
        // Accents come off Latin letters (FormD); kana keep their voicing marks (FormC), so が stays が.
        foreach (char c in text.Normalize(NormalizationForm.FormC).SelectMany(c => TextNormalizer.IsCjk(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD)))
        {
            if (TextNormalizer.IsCjk(c))
            {
                builder.Append(c);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                builder.Append('-');
            }

        }

        string slug = builder.ToString().Trim('-');
        if (slug.Any(TextNormalizer.IsCjk) && slug.Length > MaxUnspacedLength)
        {
            slug = slug[..MaxUnspacedLength].Trim('-');
        }

        if (slug.Length > MaxLength)
        {
            // Cut at a word boundary: "…-to-the" rather than "…-to-t".
            int cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > MaxLength / 2 ? cut : MaxLength)].Trim('-');
        }

        return slug.Length == 0 ? "untitled" : slug;
    }
}
