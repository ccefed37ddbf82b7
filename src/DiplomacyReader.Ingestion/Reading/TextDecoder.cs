using System.Text;

namespace DiplomacyReader.Ingestion.Reading;

/// <summary>Turns untrusted bytes into text, refusing what is not text with a reason a user understands.</summary>
public static class TextDecoder
{
    /// <summary>Inputs above this size are refused before any parsing, so one huge file cannot stall a batch.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>Why a file of <paramref name="bytes"/> bytes (more than <see cref="MaxBytes"/>) is refused.</summary>
    public static string TooLargeReason(long bytes) => $"the file is {bytes / (1024 * 1024)} MB, above the {MaxBytes / (1024 * 1024)} MB limit.";

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> or throws <see cref="IngestionException"/>.</summary>
    public static string Decode(string fileName, byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new IngestionException(fileName, TooLargeReason(bytes.Length));
        }

        string text = DecodeWithBom(fileName, bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IngestionException(fileName, "the file is empty.");
        }

        if (LooksBinary(text))
        {
            throw new IngestionException(fileName, "the file holds binary data, not text.");
        }

        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static string DecodeWithBom(string fileName, byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new IngestionException(fileName, "the file holds binary data (NUL bytes), not text.");
        }

        try
        {
            return s_strictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            // Not UTF-8: a page may say what it is instead (Shift_JIS, EUC-JP, windows-1252 …).
            if (DeclaredEncoding(bytes) is Encoding declared)
            {
                return declared.GetString(bytes);
            }

            string where = e.Index >= 0 ? $" near byte {e.Index + offset}" : string.Empty;
            throw new IngestionException(fileName, $"the file is not valid UTF-8{where}, and it declares no other character set.");
        }
    }

    // <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…"> in the first bytes,
    // read as ASCII (every charset a page can declare keeps ASCII where the declaration stands).
    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        string head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        System.Text.RegularExpressions.Match match = System.Text.RegularExpressions.Regex.Match(head, @"<meta[^>]+charset\s*=\s*[""']?(?<name>[\w.:-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        if (!match.Success)
        {
            return null;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            Encoding encoding = Encoding.GetEncoding(match.Groups["name"].Value);
            return encoding is UTF8Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name
        }
    }

    // Text has few control characters; random or binary data decoded by luck has many.
    private static bool LooksBinary(string text)
    {
        int sample = Math.Min(text.Length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > sample / 100;
    }
}
