using System.Text;

namespace DiplomacyReader.Ingestion.Text;

/// <summary>URL-safe identifiers made from titles and names.</summary>
public static class Slug
{
    /// <summary>Longest slug, so that URLs stay readable.</summary>
    private const int MaxLength = 60;

    /// <summary>"Ishiba hopes to work closely…" → "ishiba-hopes-to-work-closely…".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                builder.Append('-');
            }

        }

        string slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            // Cut at a word boundary: "…-to-the" rather than "…-to-t".
            int cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > MaxLength / 2 ? cut : MaxLength)].Trim('-');
        }

        return slug.Length == 0 ? "untitled" : slug;
    }
}
